#!/usr/bin/python3
"""Records D2L-zh 2.0 §4.10 实战Kaggle比赛：预测房价 (PyTorch tab) on the house-price stand-in,
and pandas 1.5.3's behaviour for the DataFrame features that section uses.

Run:  /usr/bin/python3 compat-tests/recorder/record_d2l_kaggle.py
Out:  compat-tests/src/test/resources/fixtures/d2l/ch4_10_zh.txt (+ ch4_10_zh.cells.py) and
      compat-tests/src/test/resources/fixtures/pandas_kaggle.json

The transcript is made as record_d2l_ch3.py makes its own (same stand-ins for IPython and d2l,
``torch.manual_seed(0)``, ``random.seed(0)``, ``np.random.seed(0)`` before every cell). The
book's cells are verbatim from d2l-zh v2.0.0 (chapter_multilayer-perceptrons/kaggle-house-price.md,
``#@tab all`` and ``#@tab pytorch`` blocks; unchanged on master e6b18cce). There is no network
here: ``requests`` is replaced by a stand-in whose ``get`` answers the two DATA_HUB addresses with
the files of kaggle_house_standin.py (500 training and 499 test rows with the competition's 81/80
columns; the book's cell checks the SHA-1, finds it different from the real files', and
"downloads", so its 正在从...下载... lines are what a first run prints), and raises
``ConnectionError`` for anything else. One cell is added after the book's: it prints the first
lines of the submission.csv that ``train_and_pred`` wrote (so that to_csv's format and the
predictions themselves are compared).

pandas_kaggle.json: the stand-in files' SHA-1, and cases (small CSV pairs with the edge cases
below, then the stand-in pair itself) each replayed by PandasKaggleConformanceTest:
``a``/``b`` are read with read_csv, then the section's pipeline runs step by step and each step's
text (print, repr) or exact values (float64 reprs, or the SHA-1 of a large float64 array in
C order, little-endian) is recorded. Edge cases: NaN in numeric and object columns, an int column
in ``a`` that has NA in ``b`` (int64 + float64 -> float64 in concat), a constant column (std 0:
0/0 gives NaN, which fillna(0) turns to 0), a column with one value (std NaN), an all-NA column,
object columns whose categories differ between ``a`` and ``b``; to_csv with NaN, None, bool,
quotes, separators, float32 and float64 values.
"""

import hashlib
import io
import json
import os
import sys
import tempfile
import types
import warnings

import numpy as np
import pandas as pd
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kaggle_house_standin as standin  # noqa: E402
import record_d2l_ch3 as ch3  # noqa: E402

OUT_DIR = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")

DATA_URL = 'http://d2l-data.s3-accelerate.amazonaws.com/'
STANDIN_FILES = {
    DATA_URL + 'kaggle_house_pred_train.csv': lambda: standin.csv_text(True).encode("utf-8"),
    DATA_URL + 'kaggle_house_pred_test.csv': lambda: standin.csv_text(False).encode("utf-8"),
}

CH4_10 = [
    '''\
import os
import requests
import zipfile
import tarfile
import hashlib

#@save
DATA_HUB = dict()
DATA_URL = 'http://d2l-data.s3-accelerate.amazonaws.com/'
''',
    '''\
def download(name, cache_dir=os.path.join('..', 'data')):  #@save
    """下载一个DATA_HUB中的文件，返回本地文件名"""
    assert name in DATA_HUB, f"{name} 不存在于 {DATA_HUB}"
    url, sha1_hash = DATA_HUB[name]
    os.makedirs(cache_dir, exist_ok=True)
    fname = os.path.join(cache_dir, url.split('/')[-1])
    if os.path.exists(fname):
        sha1 = hashlib.sha1()
        with open(fname, 'rb') as f:
            while True:
                data = f.read(1048576)
                if not data:
                    break
                sha1.update(data)
        if sha1.hexdigest() == sha1_hash:
            return fname  # 命中缓存
    print(f'正在从{url}下载{fname}...')
    r = requests.get(url, stream=True, verify=True)
    with open(fname, 'wb') as f:
        f.write(r.content)
    return fname
''',
    '''\
def download_extract(name, folder=None):  #@save
    """下载并解压zip/tar文件"""
    fname = download(name)
    base_dir = os.path.dirname(fname)
    data_dir, ext = os.path.splitext(fname)
    if ext == '.zip':
        fp = zipfile.ZipFile(fname, 'r')
    elif ext in ('.tar', '.gz'):
        fp = tarfile.open(fname, 'r')
    else:
        assert False, '只有zip/tar文件可以被解压缩'
    fp.extractall(base_dir)
    return os.path.join(base_dir, folder) if folder else data_dir

def download_all():  #@save
    """下载DATA_HUB中的所有文件"""
    for name in DATA_HUB:
        download(name)
''',
    '''\
# 如果没有安装pandas，请取消下一行的注释
# !pip install pandas

%matplotlib inline
from d2l import torch as d2l
import torch
from torch import nn
import pandas as pd
import numpy as np
''',
    '''\
DATA_HUB['kaggle_house_train'] = (  #@save
    DATA_URL + 'kaggle_house_pred_train.csv',
    '585e9cc93e70b39160e7921475f9bcd7d31219ce')

DATA_HUB['kaggle_house_test'] = (  #@save
    DATA_URL + 'kaggle_house_pred_test.csv',
    'fa19780a7b011d9b009e8bff8e99922a8ee2eb90')
''',
    '''\
train_data = pd.read_csv(download('kaggle_house_train'))
test_data = pd.read_csv(download('kaggle_house_test'))
''',
    '''\
print(train_data.shape)
print(test_data.shape)
''',
    '''\
print(train_data.iloc[0:4, [0, 1, 2, 3, -3, -2, -1]])
''',
    '''\
all_features = pd.concat((train_data.iloc[:, 1:-1], test_data.iloc[:, 1:]))
''',
    '''\
# 若无法获得测试数据，则可根据训练数据计算均值和标准差
numeric_features = all_features.dtypes[all_features.dtypes != 'object'].index
all_features[numeric_features] = all_features[numeric_features].apply(
    lambda x: (x - x.mean()) / (x.std()))
# 在标准化数据之后，所有均值消失，因此我们可以将缺失值设置为0
all_features[numeric_features] = all_features[numeric_features].fillna(0)
''',
    '''\
# “Dummy_na=True”将“na”（缺失值）视为有效的特征值，并为其创建指示符特征
all_features = pd.get_dummies(all_features, dummy_na=True)
all_features.shape
''',
    '''\
n_train = train_data.shape[0]
train_features = d2l.tensor(all_features[:n_train].values, dtype=d2l.float32)
test_features = d2l.tensor(all_features[n_train:].values, dtype=d2l.float32)
train_labels = d2l.tensor(
    train_data.SalePrice.values.reshape(-1, 1), dtype=d2l.float32)
''',
    '''\
loss = nn.MSELoss()
in_features = train_features.shape[1]

def get_net():
    net = nn.Sequential(nn.Linear(in_features,1))
    return net
''',
    '''\
def log_rmse(net, features, labels):
    # 为了在取对数时进一步稳定该值，将小于1的值设置为1
    clipped_preds = torch.clamp(net(features), 1, float('inf'))
    rmse = torch.sqrt(loss(torch.log(clipped_preds),
                           torch.log(labels)))
    return rmse.item()
''',
    '''\
def train(net, train_features, train_labels, test_features, test_labels,
          num_epochs, learning_rate, weight_decay, batch_size):
    train_ls, test_ls = [], []
    train_iter = d2l.load_array((train_features, train_labels), batch_size)
    # 这里使用的是Adam优化算法
    optimizer = torch.optim.Adam(net.parameters(),
                                 lr = learning_rate,
                                 weight_decay = weight_decay)
    for epoch in range(num_epochs):
        for X, y in train_iter:
            optimizer.zero_grad()
            l = loss(net(X), y)
            l.backward()
            optimizer.step()
        train_ls.append(log_rmse(net, train_features, train_labels))
        if test_labels is not None:
            test_ls.append(log_rmse(net, test_features, test_labels))
    return train_ls, test_ls
''',
    '''\
def get_k_fold_data(k, i, X, y):
    assert k > 1
    fold_size = X.shape[0] // k
    X_train, y_train = None, None
    for j in range(k):
        idx = slice(j * fold_size, (j + 1) * fold_size)
        X_part, y_part = X[idx, :], y[idx]
        if j == i:
            X_valid, y_valid = X_part, y_part
        elif X_train is None:
            X_train, y_train = X_part, y_part
        else:
            X_train = d2l.concat([X_train, X_part], 0)
            y_train = d2l.concat([y_train, y_part], 0)
    return X_train, y_train, X_valid, y_valid
''',
    '''\
def k_fold(k, X_train, y_train, num_epochs, learning_rate, weight_decay,
           batch_size):
    train_l_sum, valid_l_sum = 0, 0
    for i in range(k):
        data = get_k_fold_data(k, i, X_train, y_train)
        net = get_net()
        train_ls, valid_ls = train(net, *data, num_epochs, learning_rate,
                                   weight_decay, batch_size)
        train_l_sum += train_ls[-1]
        valid_l_sum += valid_ls[-1]
        if i == 0:
            d2l.plot(list(range(1, num_epochs + 1)), [train_ls, valid_ls],
                     xlabel='epoch', ylabel='rmse', xlim=[1, num_epochs],
                     legend=['train', 'valid'], yscale='log')
        print(f'折{i + 1}，训练log rmse{float(train_ls[-1]):f}, '
              f'验证log rmse{float(valid_ls[-1]):f}')
    return train_l_sum / k, valid_l_sum / k
''',
    '''\
k, num_epochs, lr, weight_decay, batch_size = 5, 100, 5, 0, 64
train_l, valid_l = k_fold(k, train_features, train_labels, num_epochs, lr,
                          weight_decay, batch_size)
print(f'{k}-折验证: 平均训练log rmse: {float(train_l):f}, '
      f'平均验证log rmse: {float(valid_l):f}')
''',
    '''\
def train_and_pred(train_features, test_features, train_labels, test_data,
                   num_epochs, lr, weight_decay, batch_size):
    net = get_net()
    train_ls, _ = train(net, train_features, train_labels, None, None,
                        num_epochs, lr, weight_decay, batch_size)
    d2l.plot(np.arange(1, num_epochs + 1), [train_ls], xlabel='epoch',
             ylabel='log rmse', xlim=[1, num_epochs], yscale='log')
    print(f'训练log rmse：{float(train_ls[-1]):f}')
    # 将网络应用于测试集。
    preds = d2l.numpy(net(test_features))
    # 将其重新格式化以导出到Kaggle
    test_data['SalePrice'] = pd.Series(preds.reshape(1, -1)[0])
    submission = pd.concat([test_data['Id'], test_data['SalePrice']], axis=1)
    submission.to_csv('submission.csv', index=False)
''',
    '''\
train_and_pred(train_features, test_features, train_labels, test_data,
               num_epochs, lr, weight_decay, batch_size)
''',
    # added (not in the book): the file to submit, as written by to_csv
    '''\
with open('submission.csv') as f:
    print(''.join(f.readlines()[:6]), end='')
''',
]


def install_requests_standin():
    mod = types.ModuleType("requests")

    class Response:
        def __init__(self, content):
            self.content = content

    def get(url, stream=False, verify=True):
        if url in STANDIN_FILES:
            return Response(STANDIN_FILES[url]())
        raise ConnectionError("no network (recorder stand-in for requests): " + url)

    mod.get = get
    sys.modules["requests"] = mod


# ----------------------------------------------------------------------------------------------
# pandas cases

CASES = [
    ("edges",
     "Id,num,cat,const,one,allna,cnt,grp,Price\n"
     "1,1.5,x,7,NA,NA,3,a,100\n"
     "2,NA,y,7,NA,NA,4,b,200\n"
     "3,2.25,NA,7,5,NA,5,a,150\n"
     "4,-3,x,7,NA,NA,6,c,120\n",
     "Id,num,cat,const,one,allna,cnt,grp\n"
     "5,10,z,7,NA,NA,NA,d\n"
     "6,NA,x,7,NA,NA,7,a\n"
     "7,0.125,NA,7,NA,NA,8,NA\n"),
    ("mixed",
     "Id,a,b,c,flag,Price\n"
     "1,1,u,0.1,True,10\n"
     "2,2,v,0.2,False,20\n"
     "3,3,u,0.30000000000000004,True,30\n"
     "4,1000000,w,1e-7,True,40\n"
     "5,5,NA,NA,False,50\n",
     "Id,a,b,c,flag\n"
     "6,6,w,123456.789,False\n"
     "7,7,u,NA,True\n"),
    ("standin", None, None),
]


def err(e):
    return "%s: %s" % (type(e).__name__, str(e).rstrip("\n"))


def reprs(arr):
    return [repr(float(v)) for v in np.asarray(arr, dtype=np.float64).ravel()]


def sha1_f64(arr):
    return hashlib.sha1(np.ascontiguousarray(arr, dtype="<f8").tobytes()).hexdigest()


def pipeline_results(a, b):
    out = {}

    def rec(key, fn):
        try:
            out[key] = fn()
        except Exception as e:  # noqa: BLE001
            out[key] = err(e)

    big = a.shape[0] > 50
    rec("shape_a", lambda: str(a.shape))
    rec("shape_b", lambda: str(b.shape))
    rec("dtypes_a", lambda: str(a.dtypes))
    cols = [0, 1, 2, 3, -3, -2, -1] if a.shape[1] >= 7 else [0, 1, -2, -1]
    rec("iloc_list", lambda: str(a.iloc[0:4, cols]))
    rec("iloc_list_cols", lambda: json.dumps(cols))
    if big:  # print(df) as a terminal shows it: max_rows 60 (then 5 + 5 rows), width 80
        rec("print_a", lambda: str(a))
        rec("print_a_rows4", lambda: str(a.iloc[0:4]))
        rec("print_a_narrow", lambda: str(a.iloc[:, [0, 3, -1]]))
        rec("print_b_cols", lambda: str(b.iloc[:, 70:80]))
        rec("print_saleprice", lambda: str(a['SalePrice']))
        rec("print_lotfrontage", lambda: str(a['LotFrontage']))
    all_features = pd.concat((a.iloc[:, 1:-1], b.iloc[:, 1:]))
    rec("concat_dtypes", lambda: str(all_features.dtypes))
    rec("concat_index", lambda: json.dumps([int(i) for i in all_features.index]))
    if not big:
        rec("concat_print", lambda: str(all_features))
    numeric_features = all_features.dtypes[all_features.dtypes != 'object'].index
    rec("numeric_features", lambda: json.dumps(list(numeric_features)))
    rec("dtypes_ne_object", lambda: str(all_features.dtypes != 'object'))
    rec("means", lambda: reprs([all_features[c].mean() for c in numeric_features]))
    rec("stds", lambda: reprs([all_features[c].std() for c in numeric_features]))
    std = all_features[numeric_features].apply(lambda x: (x - x.mean()) / (x.std()))
    rec("apply_dtypes", lambda: str(std.dtypes))
    rec("apply_values", lambda: (sha1_f64(std.values) if big else reprs(std.values)))
    all_features[numeric_features] = std
    all_features[numeric_features] = all_features[numeric_features].fillna(0)
    if not big:
        rec("standardized_print", lambda: str(all_features))
    rec("standardized_sha1", lambda: sha1_f64(all_features[numeric_features].values))
    dummies = pd.get_dummies(all_features, dummy_na=True)
    rec("dummies_shape", lambda: str(dummies.shape))
    rec("dummies_columns", lambda: json.dumps(list(dummies.columns)))
    rec("dummies_dtypes", lambda: str(dummies.dtypes.value_counts().sort_index()))
    rec("dummies_print", lambda: str(dummies))
    n_train = a.shape[0]
    rec("train_values", lambda: "%s %s %s" % (dummies[:n_train].values.dtype,
                                               dummies[:n_train].values.shape,
                                               sha1_f64(dummies[:n_train].values)))
    rec("test_values", lambda: "%s %s %s" % (dummies[n_train:].values.dtype,
                                              dummies[n_train:].values.shape,
                                              sha1_f64(dummies[n_train:].values)))
    rec("train_features", lambda: repr(torch.tensor(dummies[:n_train].values,
                                                    dtype=torch.float32)[:3, :6]))
    rec("labels", lambda: repr(torch.tensor(a.Price.values.reshape(-1, 1)
                                            if "Price" in a else a.SalePrice.values.reshape(-1, 1),
                                            dtype=torch.float32)[:3]))
    # train_and_pred's submission: a float32 Series as a new column, concat(axis=1), to_csv
    preds = (np.arange(b.shape[0], dtype=np.float32) * np.float32(1234.567)
             + np.float32(0.1)).reshape(-1, 1)
    b = b.copy()
    b['SalePrice'] = pd.Series(preds.reshape(1, -1)[0])
    rec("series_float32", lambda: str(b['SalePrice'].head()))
    submission = pd.concat([b['Id'], b['SalePrice']], axis=1)
    rec("submission_print", lambda: str(submission.head()))
    buf = io.StringIO()
    submission.to_csv(buf, index=False)
    rec("submission_csv", lambda: buf.getvalue())
    return out


TO_CSV_FRAMES = {
    "kinds": lambda: pd.DataFrame({
        "i": [1, -2, 3],
        "f": [0.1, float("nan"), 1e16],
        "g": [1e-5, 2.5, -0.0],
        "o": ["a,b", None, 'say "hi"'],
        "t": [True, False, True],
        "u": np.array([0, 1, 255], dtype=np.uint8),
        "h": np.array([0.1, 123456.79, float("inf")], dtype=np.float32),
        "n": ["line\nbreak", "plain", ""],
    }),
    "float32": lambda: pd.DataFrame({
        "v": np.array([1.0, 0.3, 16777216.0, 3.4028235e38, 1.1754944e-38, -7.5, 100000.0,
                       1e-4, 9.999999e-5, float("nan")], dtype=np.float32)}),
}


def to_csv_results():
    out = {}
    for name, make in TO_CSV_FRAMES.items():
        df = make()
        for index in (False, True):
            buf = io.StringIO()
            df.to_csv(buf, index=index)
            out["%s_index_%s" % (name, index)] = buf.getvalue()
    return out


def main():
    warnings.simplefilter("ignore")
    torch.set_num_threads(1)
    ch3.install_stand_ins()
    install_requests_standin()
    train_csv = standin.csv_text(True).encode("utf-8")
    test_csv = standin.csv_text(False).encode("utf-8")
    cases = []
    for name, a_csv, b_csv in CASES:
        if a_csv is None:
            a_bytes, b_bytes = train_csv, test_csv
        else:
            a_bytes, b_bytes = a_csv.encode("utf-8"), b_csv.encode("utf-8")
        a = pd.read_csv(io.BytesIO(a_bytes))
        b = pd.read_csv(io.BytesIO(b_bytes))
        case = {"name": name, "results": pipeline_results(a, b)}
        if a_csv is not None:
            case["a"], case["b"] = a_csv, b_csv
        cases.append(case)
    fixture = {
        "pandas": pd.__version__,
        "standin": {"n_train": standin.N_TRAIN, "n_test": standin.N_TEST,
                    "kaggle_house_pred_train.csv": hashlib.sha1(train_csv).hexdigest(),
                    "kaggle_house_pred_test.csv": hashlib.sha1(test_csv).hexdigest()},
        "cases": cases,
        "to_csv": to_csv_results(),
    }
    with open(os.path.join(OUT_DIR, "pandas_kaggle.json"), "w", encoding="utf-8") as f:
        json.dump(fixture, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("pandas_kaggle.json: %d cases, %d results, %d to_csv" % (
        len(cases), sum(len(c["results"]) for c in cases), len(fixture["to_csv"])))

    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "nb"))
        os.chdir(os.path.join(tmp, "nb"))
        try:
            ns = {"__name__": "__main__"}
            out, src = [], []
            for n, code in enumerate(CH4_10, 1):
                out.append("### cell %d\n" % n)
                out.append(ch3.run_cell(code, ns))
                src.append("# ### cell %d\n%s" % (n, code))
        finally:
            os.chdir(cwd)
    name = "ch4_10_zh"
    with open(os.path.join(OUT_DIR, "d2l", name + ".txt"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    with open(os.path.join(OUT_DIR, "d2l", name + ".cells.py"), "w", encoding="utf-8") as f:
        f.write("# Code of the cells transcribed in %s.txt (generated by record_d2l_kaggle.py).\n"
                "# torch.manual_seed(0), random.seed(0) and np.random.seed(0) run before"
                " every cell.\n" % name)
        f.write("".join(src))
    print("%s: %d cells" % (name, len(CH4_10)))


if __name__ == "__main__":
    main()
