package dev.torchnd.d2l;

import static dev.torchnd.d2l.Pandas.get_dummies;
import static dev.torchnd.d2l.Pandas.read_csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour not covered by the pandas fixtures (those run in compat-tests). */
class DataFrameTest {
  private static DataFrame csv(String s) {
    return read_csv(new StringReader(s));
  }

  @Test
  void numbersIgnoreTheLocale() {
    java.util.Locale old = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      DataFrame df = csv("a,b\n1.5,\"2,5\"\n");
      assertEquals(PandasDtype.float64, df.get("a").dtype());
      assertEquals(1.5, df.get("a").iloc(0));
      assertEquals(PandasDtype.object, df.get("b").dtype());
      assertEquals("     a    b\n0  1.5  2,5", df.toString());
    } finally {
      java.util.Locale.setDefault(old);
    }
  }

  @Test
  void errorsNameRowAndColumn() {
    assertEquals(
        "Error tokenizing data. C error: Expected 2 fields in line 4, saw 3",
        assertThrows(IllegalArgumentException.class, () -> csv("a,b\n1,2\n3,4\n5,6,7\n"))
            .getMessage());
    assertEquals(
        "No columns to parse from file",
        assertThrows(IllegalArgumentException.class, () -> csv("\n\n")).getMessage());
    DataFrame df = csv("a,b\n1,x\n2,y\n");
    assertEquals(
        "could not convert string to float: 'x' (row 0, column 'b')",
        assertThrows(
                IllegalArgumentException.class, () -> df.to_numpy(dev.torchnd.DType.float64))
            .getMessage());
  }

  @Test
  void selectionAndDummies() {
    DataFrame df = csv("k,v\nb,1\na,2\nb,3\n");
    assertEquals(List.of("v", "k_a", "k_b"), get_dummies(df).columns());
    assertEquals(6L, df.get("v").sum());
    assertEquals(2L, df.iloc("::-1", ":").index().get(0));
    assertEquals("k", df.isna().sum().idxmax());
  }
}
