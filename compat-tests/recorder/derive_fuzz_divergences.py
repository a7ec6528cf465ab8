#!/usr/bin/env python3
"""Re-derives FuzzDivergences.java after re-recording fuzz.json or fixing a group of cases.

Usage: empty the add(m, ...) calls in FuzzDivergences.build(), run
  mvn -B -ntp -o test -pl compat-tests -Dtest=FuzzConformanceTest -Dfuzz.maxShown=5000
then run this script: it groups every failing case by reason and rewrites build(). Read the
groups before committing: a case belongs in a group only if the group's reason holds for it.
"""
import os, re, collections, json
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
t=open(os.path.join(ROOT, 'compat-tests/target/surefire-reports/dev.torchnd.compat.FuzzConformanceTest.txt')).read()
lines=[l.strip() for l in t.splitlines() if re.match(r'\s+\d+:',l)]
cases={c['id']:c for c in json.load(open(os.path.join(ROOT, 'compat-tests/src/test/resources/fixtures/fuzz.json')))}
def zero_size(c):
    def scan(a):
        (k,v),=a.items()
        if k=='t': return 0 in v['shape']
        if k=='tensors': return any(scan(x) for x in v)
        return False
    return any(scan(a) for a in c['args'])
R=collections.OrderedDict()
R['MSG']="Both raise, with a different message: PyTorch 1.13 checks this call's conditions in another order (or names another kernel), so its first failing check differs from TorchND's. Neither side computes a value."
R['RANGE']="PyTorch range-checks a Python scalar against the tensor's dtype here ('value cannot be converted to type ... without overflow'); TorchND converts the scalar (wrapping, or rounding to inf) without that check: missing validation, not a crash."
R['INDEX_PUT']="Advanced-index write whose source dtype differs from the destination: PyTorch 1.13 raises 'Index put requires the source and destination dtypes match' or casts depending on the index kind and the source's size (0-d and one-element sources); TorchND raises for sources with dims and casts 0-d sources."
R['ZERO_MM']="Zero-size matrix product: PyTorch 1.13 returns the empty (or zero-filled) result before its dtype checks (mixed dtypes, Bool/Half kernels); TorchND validates dtypes first and raises."
R['RAISES']="TorchND raises an explicit error where PyTorch 1.13 computes a value (a dtype/kernel combination TorchND does not support, int16/int32 index tensors, Python ints beyond a Java long, in-place writes to zero-size expanded tensors); never a wrong value."
R['ACCEPTS']="TorchND computes a value where PyTorch 1.13 raises (PyTorch's internal-overlap check for in-place writes through an expanded tensor, a dim check on a 0-d tensor): a PyTorch-only check TorchND lacks."
R['POW_HALF']="pow(x, 0.5) with a Python-scalar exponent: PyTorch's pow_tensor_scalar kernel computes it as sqrt(x), so pow(-0.0, 0.5) is -0.0; TorchND uses C pow semantics (+0.0). Same value, different sign of zero in the repr."
R['EMULATED']="Emulated float16/bfloat16 case: TorchND raises the missing-kernel error under another kernel name than the PyTorch CPU build (addmm vs bmm, reciprocal vs div)."
R['PY_INT']="int(t) of a float64 tensor holding 1e38: Python's int is arbitrary-precision, Java's longValue() is a long, so TorchND raises PyTorch's own overflow text for a C long ('Python int too large to convert to C long'); an API limit (the Java scalar types), not a missing rule."
R['EMULATED_BOUND']="float16 clamp with a Python-scalar bound outside float16's range. PyTorch 1.13's CPU build has no float16 clamp_scalar/clamp_min/clamp_max_scalar kernel (cpu_error), so the recorder emulated the case in float32, where the bound fits and the value saturates to inf. Every build that has the kernel (CUDA; the CPU from 2.x on) converts the bound with c10::checked_convert first and raises 'value cannot be converted to type at::Half without overflow', which is what TorchND raises: the recorded value is one no PyTorch build computes."
cat=collections.defaultdict(list); other=[]
for l in lines:
    cid,msg=l.split(': ',1)
    if cid not in cases: continue
    c=cases[cid]
    if 'message of' in msg: k='MSG'
    elif 'without overflow' in msg and "expected PyTorch's" in msg: k='RANGE'
    elif 'Index put requires' in msg: k='INDEX_PUT'
    elif 'emulated case' in msg and 'without overflow' in msg and c['op'].startswith('clamp'): k='EMULATED_BOUND'
    elif 'emulated case' in msg: k='EMULATED'
    elif 'Python int too large' in msg: k='PY_INT'
    elif "expected PyTorch's" in msg: k='ACCEPTS'
    elif msg.split(':')[0].endswith(('Exception','Gap')):
        k='ZERO_MM' if c['op'] in ('matmul','mm','mv','dot') and zero_size(c) else 'RAISES'
    elif c['op'] in ('pow','pow_') and 'repr' in msg and any(a.get('float')==0.5 for a in c['args']): k='POW_HALF'
    else:
        other.append(l); continue
    cat[k].append(cid)
print({k:len(v) for k,v in cat.items()}, 'other', len(other))
for o in other: print('OTHER', o[:300])
def jstr(s): return json.dumps(s, ensure_ascii=False)
out=[]
for k,reason in R.items():
    if not cat.get(k): continue
    out.append("  private static final String %s =\n      %s;\n" % (k, jstr(reason)))
body=[]
for k in R:
    ids=cat.get(k,[])
    if not ids: continue
    body.append("    add(m, %s,\n" % k + ",\n".join("        "+jstr(i) for i in ids) + ");")
src=open(os.path.join(ROOT, 'compat-tests/src/test/java/dev/torchnd/compat/FuzzDivergences.java')).read()
src=re.sub(r"  private static final String \w+ =\n      .*?;\n", "", src, flags=re.S)
src=re.sub(r"\n*  static final Map<String, String> CASES = build\(\);\n", "\n\n"+"".join(out)+"\n  static final Map<String, String> CASES = build();\n", src, count=1)
src=re.sub(r"(private static Map<String, String> build\(\) \{\n    Map<String, String> m = new LinkedHashMap<>\(\);\n)(.*?)(    return m;)", lambda mm: mm.group(1)+"\n".join(body)+"\n"+mm.group(3), src, flags=re.S)
open(os.path.join(ROOT, 'compat-tests/src/test/java/dev/torchnd/compat/FuzzDivergences.java'), 'w').write(src)
