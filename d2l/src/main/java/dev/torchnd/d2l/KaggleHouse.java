package dev.torchnd.d2l;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic stand-in for the Kaggle house-price files of D2L §4.10
 * ({@code kaggle_house_pred_train.csv}, {@code kaggle_house_pred_test.csv}): the competition's 81
 * and 80 columns (names, order, categories, {@code NA} for missing values) with {@value #N_TRAIN}
 * and {@value #N_TEST} rows from a 64-bit LCG. Byte for byte what {@code
 * compat-tests/recorder/kaggle_house_standin.py} writes (the recorder's transcripts use it; the
 * tests check both SHA-1s). {@link DataHub#download} falls back to it when a {@code
 * kaggle_house_*} file cannot be fetched.
 */
public final class KaggleHouse {
  private KaggleHouse() {}

  /** Rows of the stand-in's training file. */
  public static final int N_TRAIN = 500;
  /** Rows of the stand-in's test file. */
  public static final int N_TEST = 499;

  private static final Object[] NEIGHBORHOODS = {"NAmes", "CollgCr", "OldTown", "Edwards", "Somerst", "Gilbert", "NridgHt", "Sawyer", "NWAmes", "SawyerW", "BrkSide", "Crawfor", "Mitchel", "NoRidge", "Timber", "IDOTRR", "ClearCr", "StoneBr", "SWISU", "MeadowV", "Blmngtn", "BrDale", "Veenker", "NPkVill", "Blueste"};

  private record Col(String name, String kind, long[] p, Object[] values, int naTrain, int naTest) {}

  private static Col col(String name, String kind, long[] p, Object[] values, int naTrain,
      int naTest) {
    return new Col(name, kind, p, values, naTrain, naTest);
  }

  private static final List<Col> COLUMNS = List.of(
      col("Id", "id", new long[] {}, null, 0, 0),
      col("MSSubClass", "icat", new long[] {370}, new Object[] {20, 60, 50, 120, 30, 160, 70, 80, 90, 190, 85, 75, 45, 180, 40}, 0, 0),
      col("MSZoning", "cat", new long[] {780}, new Object[] {"RL", "RM", "FV", "RH", "C (all)"}, 0, 4),
      col("LotFrontage", "int", new long[] {21, 313}, null, 180, 150),
      col("LotArea", "int", new long[] {1300, 21500}, null, 0, 0),
      col("Street", "cat", new long[] {995}, new Object[] {"Pave", "Grvl"}, 0, 0),
      col("Alley", "cat", new long[] {500}, new Object[] {"Grvl", "Pave"}, 930, 930),
      col("LotShape", "cat", new long[] {630}, new Object[] {"Reg", "IR1", "IR2", "IR3"}, 0, 0),
      col("LandContour", "cat", new long[] {900}, new Object[] {"Lvl", "Bnk", "HLS", "Low"}, 0, 0),
      col("Utilities", "cat", new long[] {998}, new Object[] {"AllPub", "NoSeWa"}, 0, 4),
      col("LotConfig", "cat", new long[] {720}, new Object[] {"Inside", "Corner", "CulDSac", "FR2", "FR3"}, 0, 0),
      col("LandSlope", "cat", new long[] {940}, new Object[] {"Gtl", "Mod", "Sev"}, 0, 0),
      col("Neighborhood", "cat", new long[] {150}, NEIGHBORHOODS, 0, 0),
      col("Condition1", "cat", new long[] {860}, new Object[] {"Norm", "Feedr", "Artery", "RRAn", "PosN", "RRAe", "PosA", "RRNn", "RRNe"}, 0, 0),
      col("Condition2", "cat", new long[] {990}, new Object[] {"Norm", "Feedr", "Artery", "RRNn", "PosN", "PosA", "RRAn", "RRAe"}, 0, 0),
      col("BldgType", "cat", new long[] {830}, new Object[] {"1Fam", "TwnhsE", "Duplex", "Twnhs", "2fmCon"}, 0, 0),
      col("HouseStyle", "cat", new long[] {500}, new Object[] {"1Story", "2Story", "1.5Fin", "SLvl", "SFoyer", "1.5Unf", "2.5Unf", "2.5Fin"}, 0, 0),
      col("OverallQual", "int", new long[] {2, 10}, null, 0, 0),
      col("OverallCond", "int", new long[] {1, 9}, null, 0, 0),
      col("YearBuilt", "int", new long[] {1872, 2010}, null, 0, 0),
      col("YearRemodAdd", "int", new long[] {1950, 2010}, null, 0, 0),
      col("RoofStyle", "cat", new long[] {780}, new Object[] {"Gable", "Hip", "Flat", "Gambrel", "Mansard", "Shed"}, 0, 0),
      col("RoofMatl", "cat", new long[] {980}, new Object[] {"CompShg", "Tar&Grv", "WdShngl", "WdShake", "Metal", "Membran", "Roll", "ClyTile"}, 0, 0),
      col("Exterior1st", "cat", new long[] {350}, new Object[] {"VinylSd", "HdBoard", "MetalSd", "Wd Sdng", "Plywood", "CemntBd", "BrkFace", "WdShing", "Stucco", "AsbShng", "BrkComm", "Stone", "AsphShn", "ImStucc", "CBlock"}, 0, 2),
      col("Exterior2nd", "cat", new long[] {345}, new Object[] {"VinylSd", "MetalSd", "HdBoard", "Wd Sdng", "Plywood", "CmentBd", "Wd Shng", "Stucco", "BrkFace", "AsbShng", "ImStucc", "Brk Cmn", "Stone", "AsphShn", "Other", "CBlock"}, 0, 2),
      col("MasVnrType", "cat", new long[] {590}, new Object[] {"None", "BrkFace", "Stone", "BrkCmn"}, 6, 10),
      col("MasVnrArea", "zint", new long[] {410, 1, 1600}, null, 6, 10),
      col("ExterQual", "cat", new long[] {620}, new Object[] {"TA", "Gd", "Ex", "Fa"}, 0, 0),
      col("ExterCond", "cat", new long[] {870}, new Object[] {"TA", "Gd", "Fa", "Ex", "Po"}, 0, 0),
      col("Foundation", "cat", new long[] {440}, new Object[] {"PConc", "CBlock", "BrkTil", "Slab", "Stone", "Wood"}, 0, 0),
      col("BsmtQual", "cat", new long[] {440}, new Object[] {"TA", "Gd", "Ex", "Fa"}, 25, 30),
      col("BsmtCond", "cat", new long[] {900}, new Object[] {"TA", "Gd", "Fa", "Po"}, 25, 30),
      col("BsmtExposure", "cat", new long[] {650}, new Object[] {"No", "Av", "Gd", "Mn"}, 26, 30),
      col("BsmtFinType1", "cat", new long[] {300}, new Object[] {"Unf", "GLQ", "ALQ", "BLQ", "Rec", "LwQ"}, 25, 29),
      col("BsmtFinSF1", "zint", new long[] {680, 1, 2200}, null, 0, 4),
      col("BsmtFinType2", "cat", new long[] {860}, new Object[] {"Unf", "Rec", "LwQ", "BLQ", "ALQ", "GLQ"}, 26, 29),
      col("BsmtFinSF2", "zint", new long[] {110, 1, 1100}, null, 0, 4),
      col("BsmtUnfSF", "int", new long[] {0, 2000}, null, 0, 4),
      col("TotalBsmtSF", "int", new long[] {0, 3000}, null, 0, 4),
      col("Heating", "cat", new long[] {980}, new Object[] {"GasA", "GasW", "Grav", "Wall", "OthW", "Floor"}, 0, 0),
      col("HeatingQC", "cat", new long[] {510}, new Object[] {"Ex", "TA", "Gd", "Fa", "Po"}, 0, 0),
      col("CentralAir", "cat", new long[] {935}, new Object[] {"Y", "N"}, 0, 0),
      col("Electrical", "cat", new long[] {910}, new Object[] {"SBrkr", "FuseA", "FuseF", "FuseP", "Mix"}, 4, 0),
      col("1stFlrSF", "int", new long[] {400, 2500}, null, 0, 0),
      col("2ndFlrSF", "zint", new long[] {430, 200, 1800}, null, 0, 0),
      col("LowQualFinSF", "zint", new long[] {18, 50, 570}, null, 0, 0),
      col("GrLivArea", "int", new long[] {500, 3500}, null, 0, 0),
      col("BsmtFullBath", "int", new long[] {0, 2}, null, 0, 4),
      col("BsmtHalfBath", "int", new long[] {0, 1}, null, 0, 4),
      col("FullBath", "int", new long[] {1, 3}, null, 0, 0),
      col("HalfBath", "int", new long[] {0, 2}, null, 0, 0),
      col("BedroomAbvGr", "int", new long[] {1, 5}, null, 0, 0),
      col("KitchenAbvGr", "int", new long[] {1, 2}, null, 0, 0),
      col("KitchenQual", "cat", new long[] {500}, new Object[] {"TA", "Gd", "Ex", "Fa"}, 0, 2),
      col("TotRmsAbvGrd", "int", new long[] {3, 12}, null, 0, 0),
      col("Functional", "cat", new long[] {930}, new Object[] {"Typ", "Min2", "Min1", "Mod", "Maj1", "Maj2", "Sev"}, 0, 4),
      col("Fireplaces", "int", new long[] {0, 3}, null, 0, 0),
      col("FireplaceQu", "cat", new long[] {500}, new Object[] {"Gd", "TA", "Fa", "Ex", "Po"}, 470, 500),
      col("GarageType", "cat", new long[] {600}, new Object[] {"Attchd", "Detchd", "BuiltIn", "Basment", "CarPort", "2Types"}, 55, 52),
      col("GarageYrBlt", "int", new long[] {1900, 2010}, null, 55, 53),
      col("GarageFinish", "cat", new long[] {420}, new Object[] {"Unf", "RFn", "Fin"}, 55, 53),
      col("GarageCars", "int", new long[] {0, 4}, null, 0, 4),
      col("GarageArea", "int", new long[] {0, 1400}, null, 0, 4),
      col("GarageQual", "cat", new long[] {950}, new Object[] {"TA", "Fa", "Gd", "Ex", "Po"}, 55, 53),
      col("GarageCond", "cat", new long[] {960}, new Object[] {"TA", "Fa", "Gd", "Po", "Ex"}, 55, 53),
      col("PavedDrive", "cat", new long[] {920}, new Object[] {"Y", "N", "P"}, 0, 0),
      col("WoodDeckSF", "zint", new long[] {480, 12, 860}, null, 0, 0),
      col("OpenPorchSF", "zint", new long[] {550, 4, 550}, null, 0, 0),
      col("EnclosedPorch", "zint", new long[] {140, 20, 550}, null, 0, 0),
      col("3SsnPorch", "zint", new long[] {16, 20, 510}, null, 0, 0),
      col("ScreenPorch", "zint", new long[] {80, 40, 480}, null, 0, 0),
      col("PoolArea", "zint", new long[] {5, 300, 740}, null, 0, 0),
      col("PoolQC", "cat", new long[] {350}, new Object[] {"Gd", "Ex", "Fa"}, 993, 993),
      col("Fence", "cat", new long[] {550}, new Object[] {"MnPrv", "GdPrv", "GdWo", "MnWw"}, 800, 800),
      col("MiscFeature", "cat", new long[] {900}, new Object[] {"Shed", "Gar2", "Othr", "TenC"}, 960, 965),
      col("MiscVal", "zint", new long[] {35, 50, 15500}, null, 0, 0),
      col("MoSold", "int", new long[] {1, 12}, null, 0, 0),
      col("YrSold", "int", new long[] {2006, 2010}, null, 0, 0),
      col("SaleType", "cat", new long[] {870}, new Object[] {"WD", "New", "COD", "ConLD", "ConLI", "ConLw", "CWD", "Oth", "Con"}, 0, 2),
      col("SaleCondition", "cat", new long[] {820}, new Object[] {"Normal", "Partial", "Abnorml", "Family", "Alloca", "AdjLand"}, 0, 0),
      col("SalePrice", "price", new long[] {}, null, 0, 0));

  /** The CSV text of the training ({@code train}) or test file. */
  public static String csvText(boolean train) {
    int n = train ? N_TRAIN : N_TEST;
    long[] state = {train ? 1 : 2};
    List<Col> cols = new ArrayList<>(COLUMNS.subList(0, COLUMNS.size() - (train ? 0 : 1)));
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cols.size(); c++) {
      sb.append(c > 0 ? "," : "").append(cols.get(c).name());
    }
    sb.append('\n');
    List<Object> nb = Arrays.asList(NEIGHBORHOODS);
    for (int r = 0; r < n; r++) {
      Map<String, Long> got = new HashMap<>();
      Map<String, Object> cat = new HashMap<>();
      for (int c = 0; c < cols.size(); c++) {
        Col col = cols.get(c);
        long na = next(state);
        long a = next(state);
        long b = next(state);
        if (c > 0) {
          sb.append(',');
        }
        if (na % 1000 < (train ? col.naTrain() : col.naTest())) {
          sb.append("NA");
          continue;
        }
        long[] p = col.p();
        Object v = switch (col.kind()) {
          case "id" -> (long) (train ? r + 1 : N_TRAIN + 1 + r);
          case "int" -> p[0] + a % (p[1] - p[0] + 1);
          case "zint" -> a % 1000 < p[0] ? p[1] + b % (p[2] - p[1] + 1) : 0L;
          case "cat", "icat" -> {
            Object[] vals = col.values();
            yield a % 1000 < p[0] ? vals[0] : vals[1 + (int) (b % (vals.length - 1))];
          }
          default -> 30000 + 18000 * got.get("OverallQual") + 45 * got.get("GrLivArea")
              + 350 * (got.get("YearBuilt") - 1900)
              + 3000L * (nb.indexOf(cat.get("Neighborhood")) % 7) + a % 30001 - 15000;
        };
        if (v instanceof Long l) {
          got.put(col.name(), l);
        } else if (v instanceof Integer i) {
          got.put(col.name(), (long) i);
        }
        cat.put(col.name(), v);
        sb.append(v);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static long next(long[] state) {
    state[0] = state[0] * 6364136223846793005L + 1442695040888963407L;
    return state[0] >>> 33;
  }

  /** The stand-in file of a DATA_HUB name ({@code kaggle_house_train}/{@code _test}), or null. */
  static String fileOf(String name) {
    return switch (name) {
      case "kaggle_house_train" -> "kaggle_house_pred_train.csv";
      case "kaggle_house_test" -> "kaggle_house_pred_test.csv";
      default -> null;
    };
  }

  /**
   * Writes the stand-in of a DATA_HUB name into {@code dir} (unless the same bytes are there)
   * and returns the file.
   */
  public static Path writeStandIn(String name, Path dir) {
    String file = fileOf(name);
    if (file == null) {
      throw new IllegalArgumentException("no stand-in for " + name);
    }
    byte[] bytes = csvText(name.endsWith("train")).getBytes(StandardCharsets.UTF_8);
    Path out = dir.resolve(file);
    try {
      Files.createDirectories(dir);
      if (!(Files.isRegularFile(out) && Arrays.equals(Files.readAllBytes(out), bytes))) {
        Path tmp = out.resolveSibling(file + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Where the stand-in is written: {@code -Dtorchnd.standin}, else {@code target/d2l-standin}. */
  public static Path standInDir() {
    return Path.of(System.getProperty("torchnd.standin", "target/d2l-standin"));
  }
}
