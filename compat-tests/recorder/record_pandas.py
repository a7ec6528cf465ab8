#!/usr/bin/python3
"""Records what pandas 1.5.3 does with the CSV files of D2L §2.2 and with CSV edge cases.

Run:  /usr/bin/python3 compat-tests/recorder/record_pandas.py
Out:  compat-tests/src/test/resources/fixtures/pandas.json

For every case, the exact bytes of a CSV file (as a string; BOM and CR/LF included) and, after
``df = pd.read_csv(file)``, the text or value of a fixed list of operations, keyed by name. The
Java test (PandasConformanceTest) runs the operation of the same name on dev.torchnd.d2l's
DataFrame. A failing operation is recorded as ``"<ExceptionType>: <message>"``; the message of
pandas' ParserError ends with a newline, which is stripped here. Warnings are ignored (pandas
1.5.3's FutureWarning about ``numeric_only`` in ``mean()``).

Operations (all on the frame ``df`` read from the case's file):
  print            print(df)
  dtypes           print(df.dtypes)
  isna             print(df.isna())
  isna_sum         print(df.isna().sum())
  isnull_sum       print(df.isnull().sum())
  isna_sum_idxmax  repr(df.isna().sum().idxmax())
  mean             print(df.mean())
  fillna_mean      print(df.fillna(df.mean()))
  fillna_0         print(df.fillna(0))
  dropna           print(df.dropna())
  get_dummies      print(pd.get_dummies(df, dummy_na=True))
  get_dummies_nona print(pd.get_dummies(df))
  dummies_dtypes   print(pd.get_dummies(df, dummy_na=True).dtypes)
  pipeline         repr(torch.tensor(get_dummies(df, dummy_na=True) -> fillna(mean) -> to_numpy(dtype=float)))
  to_numpy         repr(torch.tensor(df.to_numpy(dtype=float)))
  values           repr(torch.tensor(df.values))
  col0             print(df.iloc[:, 0])
  last_col         print(df.iloc[:, -1])
  first_cols       print(df.iloc[:, 0:2])
  rows             print(df.iloc[1:3])
  drop_most_na     print(df.drop(columns=df.isna().sum().idxmax()))
and, for the house_tiny cases only, the book's exercise calls (column selection by name).
"""

import io
import json
import os
import warnings

import pandas as pd
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "pandas.json")

CASES = [
    ("house_tiny_en", "NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n4,Slate,178100\nNA,NA,140000"),
    ("house_tiny_zh", "NumRooms,Alley,Price\nNA,Pave,127500\n2,NA,106000\n4,NA,178100\nNA,NA,140000\n"),
    ("quoted", 'name,comment,score\n"Smith, J.","said ""hi""",1.5\nLee,"two\nlines",2.25\n"NA",plain,-3\n'),
    ("crlf", "a,b,c\r\n1,x,2.5\r\n2,y,NA\r\n3,z,4\r\n"),
    ("bom", "\ufeffid,value\n1,10\n2,20\n"),
    ("inference", "i,f,b,o,bn,fi,e\n1,1.5,True,a,True,1,1e3\n-2,2,False,b,NA,2.5,-inf\n3,NaN,TRUE,c,false,3,0.1\n"),
    ("na_strings", "a,b\nNA,1\nN/A,2\nnan,3\nNaN,4\n,5\nnull,6\nNULL,7\n#N/A,8\n<NA>,9\n-NaN,10\nn/a,11\n2.5,12\n"),
    ("all_na", "x,y,z\n1,NA,a\n2,,b\n3,NA,NA\n"),
    ("floats", "small,big,mixed\n0.000001,1234567.0,1.25\n0.5,2.0,-0.125\n0.0000001,3.5,100\n"),
    ("ragged_short", "a,b,c\n1,2,3\n4,5\n7,8,9\n"),
    ("ragged_long", "a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n"),
    ("empty", ""),
    ("header_only", "a,b,c\n"),
    ("blank_lines", "a,b\n1,2\n\n3,4\n\n"),
    ("categories", "size,color,n\nM,red,1\nS,blue,2\nL,red,3\nM,NA,4\nS,green,5\n"),
    ("bool_na", "flag,n\nTrue,1\nNA,2\nFalse,3\n"),
    ("wide_index", "v\n" + "".join("%d\n" % (i * i) for i in range(12))),
]


# header_only: with no rows every column is object, and pandas 1.5.3 then gives float64 zeros for
# isna().sum() and an object Series of NaN for mean(); the Java frame treats an empty column as
# object too but reduces it like a numeric one, so these three are not recorded.
SKIP = {"header_only": ("isna_sum", "isnull_sum", "mean")}


def err(e):
    return "%s: %s" % (type(e).__name__, str(e).rstrip("\n"))


def text(x):
    return str(x)


OPS = {
    "print": lambda df: text(df),
    "dtypes": lambda df: text(df.dtypes),
    "isna": lambda df: text(df.isna()),
    "isna_sum": lambda df: text(df.isna().sum()),
    "isnull_sum": lambda df: text(df.isnull().sum()),
    "isna_sum_idxmax": lambda df: repr(df.isna().sum().idxmax()),
    "mean": lambda df: text(df.mean()),
    "fillna_mean": lambda df: text(df.fillna(df.mean())),
    "fillna_0": lambda df: text(df.fillna(0)),
    "dropna": lambda df: text(df.dropna()),
    "get_dummies": lambda df: text(pd.get_dummies(df, dummy_na=True)),
    "get_dummies_nona": lambda df: text(pd.get_dummies(df)),
    "dummies_dtypes": lambda df: text(pd.get_dummies(df, dummy_na=True).dtypes),
    "pipeline": lambda df: repr(torch.tensor(_pipeline(df))),
    "to_numpy": lambda df: repr(torch.tensor(df.to_numpy(dtype=float))),
    "values": lambda df: repr(torch.tensor(df.values)),
    "col0": lambda df: text(df.iloc[:, 0]),
    "last_col": lambda df: text(df.iloc[:, -1]),
    "first_cols": lambda df: text(df.iloc[:, 0:2]),
    "rows": lambda df: text(df.iloc[1:3]),
    "drop_most_na": lambda df: text(df.drop(columns=df.isna().sum().idxmax())),
}


def _pipeline(df):
    d = pd.get_dummies(df, dummy_na=True)
    return d.fillna(d.mean()).to_numpy(dtype=float)


def house_ops(cat):
    """The exercise calls on house_tiny (EN v1.0 ex. 2; ZH / EN v0.17 ex. 1-2)."""
    return {
        "get_NumRooms": lambda df: text(df["NumRooms"]),
        "get_NumRooms_Price": lambda df: text(df[["NumRooms", "Price"]]),
        "loc_cat": lambda df: text(df.loc[:, cat]),
        "targets": lambda df: text(df.iloc[:, 2]),
        "inputs": lambda df: text(df.iloc[:, 0:2]),
        "inputs_mean": lambda df: text(df.iloc[:, 0:2].mean()),
        "fillna_then_dummies": lambda df: text(
            pd.get_dummies(df.iloc[:, 0:2].fillna(df.iloc[:, 0:2].mean()), dummy_na=True)),
        "v017_values": lambda df: repr(
            (torch.tensor(pd.get_dummies(df.iloc[:, 0:2].fillna(df.iloc[:, 0:2].mean()),
                                         dummy_na=True).values),
             torch.tensor(df.iloc[:, 2].values))),
        "targets_to_numpy": lambda df: repr(torch.tensor(df.iloc[:, 2].to_numpy(dtype=float))),
        "drop_to_numpy": lambda df: repr(torch.tensor(
            df.drop(columns=df.isna().sum().idxmax()).to_numpy(dtype=float))),
    }


def main():
    warnings.simplefilter("ignore")
    out = []
    for name, csv in CASES:
        case = {"name": name, "csv": csv, "results": {}}
        try:
            df = pd.read_csv(io.BytesIO(csv.encode("utf-8")))
        except Exception as e:  # noqa: BLE001
            case["read_error"] = err(e)
            out.append(case)
            continue
        ops = dict(OPS)
        for op in SKIP.get(name, ()):
            del ops[op]
        if name.startswith("house_tiny"):
            ops.update(house_ops(df.columns[1]))
        for op, fn in ops.items():
            try:
                case["results"][op] = fn(df)
            except Exception as e:  # noqa: BLE001
                case["results"][op] = err(e)
        out.append(case)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"pandas": pd.__version__, "torch": torch.__version__, "cases": out}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    print("pandas.json: %d cases, %d results" % (len(out), sum(len(c["results"]) for c in out)))


if __name__ == "__main__":
    main()
