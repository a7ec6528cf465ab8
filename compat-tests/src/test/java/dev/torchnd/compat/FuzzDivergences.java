package dev.torchnd.compat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cases of the fuzz corpus ({@code fixtures/fuzz.json}, recorded by {@code
 * compat-tests/recorder/record_fuzz.py}) where TorchND deliberately differs from PyTorch 1.13,
 * each with its reason. The same rules as {@link KnownDivergences}: {@link FuzzConformanceTest}
 * accepts a listed case only while it still differs, fails it once it matches PyTorch, and fails
 * ids that are not in the corpus, so the list cannot go stale. Ids depend on the recorder's seed
 * and draw order: re-recording the corpus means re-deriving this list.
 */
final class FuzzDivergences {
  private FuzzDivergences() {}

  private static final String MSG =
      "Both raise, with a different message: PyTorch 1.13 checks this call's conditions in another order (or names another kernel), so its first failing check differs from TorchND's. Neither side computes a value.";
  private static final String RANGE =
      "PyTorch range-checks a Python scalar against the tensor's dtype here ('value cannot be converted to type ... without overflow'); TorchND converts the scalar (wrapping, or rounding to inf) without that check: missing validation, not a crash.";
  private static final String INDEX_PUT =
      "Advanced-index write whose source dtype differs from the destination: PyTorch 1.13 raises 'Index put requires the source and destination dtypes match' or casts depending on the index kind and the source's size (0-d and one-element sources); TorchND raises for sources with dims and casts 0-d sources.";
  private static final String RAISES =
      "TorchND raises an explicit error where PyTorch 1.13 computes a value (a dtype/kernel combination TorchND does not support, int16/int32 index tensors, Python ints beyond a Java long, in-place writes to zero-size expanded tensors); never a wrong value.";
  private static final String ACCEPTS =
      "TorchND computes a value where PyTorch 1.13 raises (PyTorch's internal-overlap check for in-place writes through an expanded tensor, a dim check on a 0-d tensor): a PyTorch-only check TorchND lacks.";
  private static final String EMULATED =
      "Emulated float16/bfloat16 case: TorchND raises the missing-kernel error under another kernel name than the PyTorch CPU build (addmm vs bmm, reciprocal vs div).";

  static final Map<String, String> CASES = build();

  private static Map<String, String> build() {
    Map<String, String> m = new LinkedHashMap<>();
    add(m, MSG,
        "92:expand/b[2x2x2]+[2,2]",
        "408:setitem/i16[3x0x1]+i16[]+i16[1x2]",
        "1307:matmul/u8[3x4]+u8[1x2x3]",
        "1603:pow_/i8[4].expand+int1099511627776",
        "2433:matmul/f64[1x3]+f64[2x2x3]",
        "3131:matmul/u8[2x1]+u8[2x2x2]",
        "3780:setitem/bf16[1x3x1]+'[1, -1, 1], :3'+f16[1].slice_step2",
        "3996:matmul/u8[3x2]+b[2x2x1]",
        "4579:setitem/f32[1x2x1]+i64[2]+b[2x0]",
        "5048:setitem/bf16[1x1x1]+i64[3]+bf16[3].slice_step2",
        "5080:full/[4611686018427387904,4611686018427387904]+float-0.001+dtype\"uint8\"",
        "5200:full/[1099511627776,4611686018427387904]+int-129+dtype\"int8\"",
        "5210:setitem/i32[1x2x4]+'None, [-2, 2]'+booltrue",
        "5242:matmul/i32[1x3]+i32[1x1x4x1]",
        "6068:setitem/i64[3x2]+i64[4x1]+i16[]",
        "6127:matmul/f64[4]+f64[2x3x3]",
        "6417:setitem/bf16[3x1]+b[3]+f16[2x3]",
        "6490:setitem/i64[0x1x4x4]+i16[]+i64[]",
        "6706:setitem/u8[1]+'1:-2, :-4'+int-9223372036854775808",
        "6821:matmul/bf16[1x1]+i32[1x1x3]",
        "7051:matmul/i64[4x2]+i64[1x2x1x3].slice_step2",
        "8338:matmul/f32[2x1]+f16[1x2x3]",
        "8430:setitem/f16[2]+i32[]+bf16[]",
        "8839:matmul/f16[3x3]+f16[2x2x0x3]",
        "9172:index/bf16[1x3].expand+'None, [-2, 1]'",
        "10167:index/i32[2x2].expand+i32[]",
        "10831:setitem/b[2x2x1]+'[0, 2]'+i32[2]",
        "10832:setitem/bf16[3]+'..., [3]'+bf16[3].expand",
        "11168:index/i16[1x2x4].slice_step2+'..., [0, -2, 2], -1:5'",
        "12104:matmul/i64[2x3].expand+bf16[2x5x2]",
        "12576:matmul/b[2]+b[2x3x2].slice_step2",
        "12946:matmul/f64[0x1]+f64[2x0x2]",
        "13357:matmul/b[1]+f64[1x2x2]",
        "14206:matmul/f64[3].slice_step2+f64[3x0x3]",
        "14750:cat/(b[0],b[])+int-1",
        "15578:setitem/f32[1]+i64[1x5]+f16[]",
        "16062:setitem/f64[3x1x1].slice_step2+i64[5]+i8[2]",
        "16181:setitem/f32[2x3]+i32[]+i64[5]",
        "17024:index/u8[0x3x5]+i64[]",
        "17158:matmul/i64[4]+u8[2x2x3]",
        "17359:matmul/f32[2x2]+i8[1x2x2]",
        "18055:index/b[2x2]+'1:4, ..., [-2, 2, 0]'",
        "18621:matmul/i64[2x3]+i64[1x0x2].slice_step2",
        "18681:cat/(u8[0],u8[],u8[])",
        "19269:expand/bf16[1x1x2x3]+[2,1,1]",
        "19311:matmul/f64[2x2]+f16[2x2x2].slice_step2",
        "19759:setitem/bf16[1x1x2x1]+':, [-1, 1]'+i64[2]");
    add(m, RANGE,
        "7203:setitem/u8[2x2]+':-3'+int-9223372036854775808",
        "11450:clamp_/u8[2]+int-9223372036854775808+None",
        "16619:setitem/u8[3x2]+':'+int-9223372036854775808",
        "17481:pow_/f16[4]+int-9223372036854775808");
    add(m, INDEX_PUT,
        "3051:setitem/i16[5x0x1x1]+'[-1, -4, -4]'+u8[]",
        "10384:setitem/b[1x4]+'[-1], [-1]'+i8[1]",
        "12460:setitem/i8[2x2]+i64[]+i32[2]",
        "13909:setitem/i16[3]+'[0]'+bf16[1]",
        "14208:setitem/f32[5x1x1]+'2, None, [-1]'+i64[1]",
        "15810:setitem/f64[1x5]+'..., [2]'+bf16[1x1]");
    add(m, RAISES,
        "158:rfloor_divide/float1e+300+i8[2x0x0]",
        "292:argmax/b[2x1x1]+int2+booltrue",
        "583:rremainder/float1e+300+f64[1x1x5]",
        "1183:argmax/b[1x1x1]+int-2+boolfalse",
        "1235:index/i16[0x1x5]+'-1:1, [-1, 0, 0], [3, 5, 0]'",
        "1765:index/f32[2x2x1]+i16[]",
        "1773:index/f64[2]+i16[]",
        "1854:argmin/b[4x2x1]+int-1+boolfalse",
        "1868:argmin/b[2x1].expand+int1+booltrue",
        "2546:clamp/b[2x3x1].expand+b[3x1]+None",
        "3048:index/f64[3x5x0x2]+'[1, 3, 3]'",
        "3829:rfloor_divide/float1e+300+i32[2x1x3]",
        "4138:setitem/i16[2x3]+i32[]+int-129",
        "4796:index/f64[3x1x2]+'[3, 0, 1], 3:-2, ..., None'",
        "5028:index/b[1]+i16[]",
        "5490:rremainder/float1e+300+i16[2x1x4]",
        "7124:setitem/f32[2x2]+i16[]+int2147483648",
        "8165:clamp/i16[2x1x1]+float1e+300+floatNaN",
        "8241:clamp/b[3x3]+b[]+None",
        "8322:setitem/f16[1].slice_step2+i16[]+f16[]",
        "8484:int/f64[1x1]",
        "8680:add_/f64[0x2x3].expand+float2.0",
        "9476:floor_divide_/f64[5x0].expand+f16[5x0]",
        "9678:rfloor_divide/float1e+300+i32[1x1]",
        "9721:add_/i8[2x5x0].expand+i8[2x1x0].slice_step2",
        "10144:argmin/b[3x1x1].slice_step2+int1+booltrue",
        "10172:neg_/f32[0x2x3].expand",
        "10373:argmin/b[1x3x1x2]+int-4",
        "10686:index/f32[4x1]+i32[]",
        "10853:clamp/i32[2x3].slice_step2+floatNaN+float1e+300",
        "10861:setitem/i16[1x2x1]+i32[]+float-1.5",
        "11050:div_/f64[0x3x3].expand+f64[1]",
        "11404:abs_/u8[5x0x2x1].expand",
        "11445:setitem/f64[2x3].expand+i32[]+float0.0",
        "11685:argmin/b[1x2x1]+int-3",
        "12471:index/i8[2x1]+i16[]",
        "12963:setitem/b[1x4]+i16[]+int-9223372036854775808",
        "13053:index/i8[2x1x1]+i16[]",
        "13129:index/i16[4x2]+i32[]",
        "13330:setitem/i8[3]+i16[]+u8[]",
        "13376:add_/u8[2x3x0].expand+u8[2x3x0]",
        "13562:index/i16[3]+i32[]",
        "13745:remainder_/i8[4x0x1x2].expand+int-129",
        "13808:index/u8[1x1x4]+'2:0:3, [1, 0, -1], :6:3'",
        "13984:index/b[1x2x2x1]+i16[]",
        "14589:argmin/b[2x1x3]+int1+boolfalse",
        "14840:argmax/b[1]+int0",
        "14885:setitem/b[1]+i32[]+int9223372036854775807",
        "15084:setitem/f16[5x3x0x1]+'0, -2, -2:, [1], None'+floatNaN",
        "15235:abs_/i32[0x4].expand",
        "15267:sqrt_/f64[2x1x0x3].expand",
        "15864:argmax/b[2x1].expand+int-1",
        "16509:index/bf16[4x1x2]+i32[]",
        "16933:rfloor_divide/float1e+300+f16[4]",
        "17151:setitem/b[1x1x0]+i64[2x3]+floatNaN",
        "17275:mul_/bf16[0x1x1x2].expand+bf16[1]",
        "17760:setitem/f32[2x3].expand+i16[]+i32[]",
        "18486:rfloor_divide/float1e+300+f16[1x2x1].slice_step2",
        "18574:index/i64[2x1x1x3]+'2:, [1, -1], -1, 0'",
        "18887:rfloor_divide/float1e+300+f64[2x1x1]",
        "19276:setitem/i8[1x1x3x2]+'[0, 1], None, 2:4:2, -1, -1:1'+float-1.5",
        "19644:argmax/b[0x1]+int1");
    add(m, ACCEPTS,
        "3755:setitem/b[1x4].expand+i64[]+b[4]",
        "9942:clamp_/f16[1x2].expand+float-0.001+int0",
        "14819:clamp_/u8[3x1].expand+int100+int-129");
    add(m, EMULATED,
        "1510:clamp_/f16[2]+None+int9223372036854775807",
        "2394:clamp/f16[1x1x4]+float0.0+float10000000000.0",
        "3328:clamp/f16[2x2x1]+int1099511627776+None",
        "6475:clamp/f16[3x1x2].slice_step2+int9223372036854775807+float3.25",
        "8462:clamp/f16[2x3]+None+int9223372036854775807",
        "9670:clamp_/f16[0x2]+int2147483648+float-Infinity",
        "10019:clamp/f16[4x2]+float2.0+float10000000000.0",
        "10341:clamp_/f16[1x3x0x2]+float-1.5+int-9223372036854775808",
        "11202:clamp/f16[]+int9223372036854775807+int-9223372036854775808",
        "11779:clamp/f16[3x1x2]+int1099511627776+None",
        "13033:clamp_/f16[1x2]+float10000000000.0+float10000000000.0",
        "13634:matmul/f16[2x4].T+f16[1x4x1]",
        "15623:clamp/f16[1]+float10000000000.0+None",
        "15806:clamp/f16[4x4x1]+int9223372036854775807+float-Infinity",
        "16986:clamp_/f16[1x2x4]+int-1+int-9223372036854775808",
        "17159:clamp/f16[1x1]+None+int-9223372036854775808",
        "17471:clamp_/f16[4x1x1].slice_step2+int2147483648+int-7",
        "17581:clamp/f16[2x4x1]+int1099511627776+int1099511627776");
    return m;
  }

  /** Lists several ids that diverge for the same reason. */
  private static void add(Map<String, String> m, String reason, String... ids) {
    for (String id : ids) {
      if (m.put(id, reason) != null) {
        throw new IllegalStateException("listed twice: " + id);
      }
    }
  }
}
