"""A deterministic stand-in for the Kaggle house-price files of D2L §4.10 (no network here).

``kaggle_house_pred_train.csv`` (81 columns: Id, the 79 features of the competition, SalePrice)
and ``kaggle_house_pred_test.csv`` (80 columns, no SalePrice), with the competition's column
names, order, categories and missing-value codes ("NA"), but N_TRAIN / N_TEST rows drawn from a
64-bit LCG (Knuth's MMIX constants, as the Fashion-MNIST stand-in). Every value is an integer or a
category, so Java (dev.torchnd.d2l.KaggleHouse) writes the same bytes; the SHA-1 of both files is
in fixtures/pandas_kaggle.json and checked by the Java tests.

Per row and column three numbers are drawn, always (``na``, ``a``, ``b``): the cell is NA when
``na % 1000`` is below the column's NA rate (per mille, train/test); otherwise
  int lo hi         lo + a % (hi - lo + 1)
  zint p lo hi      lo + b % (hi - lo + 1) when a % 1000 < p, else 0 (mostly-zero areas)
  cat p values      values[0] when a % 1000 < p, else values[1 + b % (len - 1)]
  id                N_TRAIN-relative row number (test Ids continue after train's, as Kaggle's)
  price             a function of OverallQual, GrLivArea, YearBuilt, Neighborhood plus noise
"""

N_TRAIN, N_TEST = 500, 499
M64 = (1 << 64) - 1

NEIGHBORHOODS = ["NAmes", "CollgCr", "OldTown", "Edwards", "Somerst", "Gilbert", "NridgHt",
                 "Sawyer", "NWAmes", "SawyerW", "BrkSide", "Crawfor", "Mitchel", "NoRidge",
                 "Timber", "IDOTRR", "ClearCr", "StoneBr", "SWISU", "MeadowV", "Blmngtn",
                 "BrDale", "Veenker", "NPkVill", "Blueste"]

# (name, kind, params, NA per mille in train, NA per mille in test)
COLUMNS = [
    ("Id", "id", (), 0, 0),
    ("MSSubClass", "icat", (370, [20, 60, 50, 120, 30, 160, 70, 80, 90, 190, 85, 75, 45, 180, 40]), 0, 0),
    ("MSZoning", "cat", (780, ["RL", "RM", "FV", "RH", "C (all)"]), 0, 4),
    ("LotFrontage", "int", (21, 313), 180, 150),
    ("LotArea", "int", (1300, 21500), 0, 0),
    ("Street", "cat", (995, ["Pave", "Grvl"]), 0, 0),
    ("Alley", "cat", (500, ["Grvl", "Pave"]), 930, 930),
    ("LotShape", "cat", (630, ["Reg", "IR1", "IR2", "IR3"]), 0, 0),
    ("LandContour", "cat", (900, ["Lvl", "Bnk", "HLS", "Low"]), 0, 0),
    ("Utilities", "cat", (998, ["AllPub", "NoSeWa"]), 0, 4),
    ("LotConfig", "cat", (720, ["Inside", "Corner", "CulDSac", "FR2", "FR3"]), 0, 0),
    ("LandSlope", "cat", (940, ["Gtl", "Mod", "Sev"]), 0, 0),
    ("Neighborhood", "cat", (150, NEIGHBORHOODS), 0, 0),
    ("Condition1", "cat", (860, ["Norm", "Feedr", "Artery", "RRAn", "PosN", "RRAe", "PosA",
                                 "RRNn", "RRNe"]), 0, 0),
    ("Condition2", "cat", (990, ["Norm", "Feedr", "Artery", "RRNn", "PosN", "PosA", "RRAn",
                                 "RRAe"]), 0, 0),
    ("BldgType", "cat", (830, ["1Fam", "TwnhsE", "Duplex", "Twnhs", "2fmCon"]), 0, 0),
    ("HouseStyle", "cat", (500, ["1Story", "2Story", "1.5Fin", "SLvl", "SFoyer", "1.5Unf",
                                 "2.5Unf", "2.5Fin"]), 0, 0),
    ("OverallQual", "int", (2, 10), 0, 0),
    ("OverallCond", "int", (1, 9), 0, 0),
    ("YearBuilt", "int", (1872, 2010), 0, 0),
    ("YearRemodAdd", "int", (1950, 2010), 0, 0),
    ("RoofStyle", "cat", (780, ["Gable", "Hip", "Flat", "Gambrel", "Mansard", "Shed"]), 0, 0),
    ("RoofMatl", "cat", (980, ["CompShg", "Tar&Grv", "WdShngl", "WdShake", "Metal", "Membran",
                               "Roll", "ClyTile"]), 0, 0),
    ("Exterior1st", "cat", (350, ["VinylSd", "HdBoard", "MetalSd", "Wd Sdng", "Plywood",
                                  "CemntBd", "BrkFace", "WdShing", "Stucco", "AsbShng",
                                  "BrkComm", "Stone", "AsphShn", "ImStucc", "CBlock"]), 0, 2),
    ("Exterior2nd", "cat", (345, ["VinylSd", "MetalSd", "HdBoard", "Wd Sdng", "Plywood",
                                  "CmentBd", "Wd Shng", "Stucco", "BrkFace", "AsbShng",
                                  "ImStucc", "Brk Cmn", "Stone", "AsphShn", "Other",
                                  "CBlock"]), 0, 2),
    ("MasVnrType", "cat", (590, ["None", "BrkFace", "Stone", "BrkCmn"]), 6, 10),
    ("MasVnrArea", "zint", (410, 1, 1600), 6, 10),
    ("ExterQual", "cat", (620, ["TA", "Gd", "Ex", "Fa"]), 0, 0),
    ("ExterCond", "cat", (870, ["TA", "Gd", "Fa", "Ex", "Po"]), 0, 0),
    ("Foundation", "cat", (440, ["PConc", "CBlock", "BrkTil", "Slab", "Stone", "Wood"]), 0, 0),
    ("BsmtQual", "cat", (440, ["TA", "Gd", "Ex", "Fa"]), 25, 30),
    ("BsmtCond", "cat", (900, ["TA", "Gd", "Fa", "Po"]), 25, 30),
    ("BsmtExposure", "cat", (650, ["No", "Av", "Gd", "Mn"]), 26, 30),
    ("BsmtFinType1", "cat", (300, ["Unf", "GLQ", "ALQ", "BLQ", "Rec", "LwQ"]), 25, 29),
    ("BsmtFinSF1", "zint", (680, 1, 2200), 0, 4),
    ("BsmtFinType2", "cat", (860, ["Unf", "Rec", "LwQ", "BLQ", "ALQ", "GLQ"]), 26, 29),
    ("BsmtFinSF2", "zint", (110, 1, 1100), 0, 4),
    ("BsmtUnfSF", "int", (0, 2000), 0, 4),
    ("TotalBsmtSF", "int", (0, 3000), 0, 4),
    ("Heating", "cat", (980, ["GasA", "GasW", "Grav", "Wall", "OthW", "Floor"]), 0, 0),
    ("HeatingQC", "cat", (510, ["Ex", "TA", "Gd", "Fa", "Po"]), 0, 0),
    ("CentralAir", "cat", (935, ["Y", "N"]), 0, 0),
    ("Electrical", "cat", (910, ["SBrkr", "FuseA", "FuseF", "FuseP", "Mix"]), 4, 0),
    ("1stFlrSF", "int", (400, 2500), 0, 0),
    ("2ndFlrSF", "zint", (430, 200, 1800), 0, 0),
    ("LowQualFinSF", "zint", (18, 50, 570), 0, 0),
    ("GrLivArea", "int", (500, 3500), 0, 0),
    ("BsmtFullBath", "int", (0, 2), 0, 4),
    ("BsmtHalfBath", "int", (0, 1), 0, 4),
    ("FullBath", "int", (1, 3), 0, 0),
    ("HalfBath", "int", (0, 2), 0, 0),
    ("BedroomAbvGr", "int", (1, 5), 0, 0),
    ("KitchenAbvGr", "int", (1, 2), 0, 0),
    ("KitchenQual", "cat", (500, ["TA", "Gd", "Ex", "Fa"]), 0, 2),
    ("TotRmsAbvGrd", "int", (3, 12), 0, 0),
    ("Functional", "cat", (930, ["Typ", "Min2", "Min1", "Mod", "Maj1", "Maj2", "Sev"]), 0, 4),
    ("Fireplaces", "int", (0, 3), 0, 0),
    ("FireplaceQu", "cat", (500, ["Gd", "TA", "Fa", "Ex", "Po"]), 470, 500),
    ("GarageType", "cat", (600, ["Attchd", "Detchd", "BuiltIn", "Basment", "CarPort",
                                 "2Types"]), 55, 52),
    ("GarageYrBlt", "int", (1900, 2010), 55, 53),
    ("GarageFinish", "cat", (420, ["Unf", "RFn", "Fin"]), 55, 53),
    ("GarageCars", "int", (0, 4), 0, 4),
    ("GarageArea", "int", (0, 1400), 0, 4),
    ("GarageQual", "cat", (950, ["TA", "Fa", "Gd", "Ex", "Po"]), 55, 53),
    ("GarageCond", "cat", (960, ["TA", "Fa", "Gd", "Po", "Ex"]), 55, 53),
    ("PavedDrive", "cat", (920, ["Y", "N", "P"]), 0, 0),
    ("WoodDeckSF", "zint", (480, 12, 860), 0, 0),
    ("OpenPorchSF", "zint", (550, 4, 550), 0, 0),
    ("EnclosedPorch", "zint", (140, 20, 550), 0, 0),
    ("3SsnPorch", "zint", (16, 20, 510), 0, 0),
    ("ScreenPorch", "zint", (80, 40, 480), 0, 0),
    ("PoolArea", "zint", (5, 300, 740), 0, 0),
    ("PoolQC", "cat", (350, ["Gd", "Ex", "Fa"]), 993, 993),
    ("Fence", "cat", (550, ["MnPrv", "GdPrv", "GdWo", "MnWw"]), 800, 800),
    ("MiscFeature", "cat", (900, ["Shed", "Gar2", "Othr", "TenC"]), 960, 965),
    ("MiscVal", "zint", (35, 50, 15500), 0, 0),
    ("MoSold", "int", (1, 12), 0, 0),
    ("YrSold", "int", (2006, 2010), 0, 0),
    ("SaleType", "cat", (870, ["WD", "New", "COD", "ConLD", "ConLI", "ConLw", "CWD", "Oth",
                               "Con"]), 0, 2),
    ("SaleCondition", "cat", (820, ["Normal", "Partial", "Abnorml", "Family", "Alloca",
                                    "AdjLand"]), 0, 0),
    ("SalePrice", "price", (), 0, 0),
]


def csv_text(train):
    """The CSV text of the training (``train``) or test file."""
    n = N_TRAIN if train else N_TEST
    state = 1 if train else 2
    cols = COLUMNS if train else COLUMNS[:-1]

    def nxt():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        return state >> 33

    lines = [",".join(c[0] for c in cols)]
    for r in range(n):
        row = []
        got = {}
        for name, kind, p, na_train, na_test in cols:
            na, a, b = nxt(), nxt(), nxt()
            if na % 1000 < (na_train if train else na_test):
                row.append("NA")
                continue
            if kind == "id":
                v = r + 1 if train else N_TRAIN + 1 + r
            elif kind == "int":
                v = p[0] + a % (p[1] - p[0] + 1)
            elif kind == "zint":
                v = p[1] + b % (p[2] - p[1] + 1) if a % 1000 < p[0] else 0
            elif kind in ("cat", "icat"):
                vals = p[1]
                v = vals[0] if a % 1000 < p[0] else vals[1 + b % (len(vals) - 1)]
            else:  # price
                v = (30000 + 18000 * got["OverallQual"] + 45 * got["GrLivArea"]
                     + 350 * (got["YearBuilt"] - 1900)
                     + 3000 * (NEIGHBORHOODS.index(got["Neighborhood"]) % 7)
                     + a % 30001 - 15000)
            got[name] = v
            row.append(str(v))
        lines.append(",".join(row))
    return "\n".join(lines) + "\n"
