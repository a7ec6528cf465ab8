package dev.torchnd.compat;

import static dev.torchnd.Torch.arange;
import static dev.torchnd.Torch.load;
import static dev.torchnd.Torch.ones;
import static dev.torchnd.Torch.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.serialization.Numpy;
import dev.torchnd.serialization.OrderedDict;
import dev.torchnd.serialization.Tuple;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** torch.save / torch.load behaviour beyond the recorded files: D2L 5.5, sharing, save errors. */
class SerializationApiTest {
  @TempDir Path dir;

  @Test
  void sharedStoragesStaySharedAndWritesShowThrough() throws IOException {
    Tensor base = arange(12.0).reshape(3, 4);
    Map<String, Tensor> m = new LinkedHashMap<>();
    m.put("row", base.get("1"));
    m.put("t", base.T());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    save(m, out);
    Map<String, Tensor> back = load(new ByteArrayInputStream(out.toByteArray()));
    Tensor row = back.get("row");
    Tensor t = back.get("t");
    assertTrue(row.shares_storage(t));
    assertEquals(12, row.storage().size());
    assertEquals(4, row.storage_offset());
    row.set("0", 100);
    assertEquals(100.0, t.get("0, 1").doubleValue());
  }

  @Test
  void sameObjectTwiceLoadsAsOneObject() throws IOException {
    List<Object> inner = new ArrayList<>(List.of(1L, 2L));
    Tensor w = ones(2);
    save(List.of(inner, inner, w, w), dir.resolve("memo"));
    List<Object> back = load(dir.resolve("memo"));
    assertSame(back.get(0), back.get(1));
    assertSame(back.get(2), back.get(3));
  }

  @Test
  void requiresGradAndDtypesSurvive() throws IOException {
    Tensor w = ones(2, 3).double_().requires_grad_();
    save(Tuple.of(w, DType.int16, 2.5, true, null, "s"), dir.resolve("mixed"));
    Tuple back = load(dir.resolve("mixed"));
    Tensor w2 = (Tensor) back.get(0);
    assertTrue(w2.requires_grad());
    assertTrue(w2.is_leaf());
    assertEquals(DType.float64, w2.dtype());
    assertEquals(DType.int16, back.get(1));
    assertEquals(2.5, back.get(2));
    assertEquals(Boolean.TRUE, back.get(3));
    assertEquals(null, back.get(4));
    assertEquals("s", back.get(5));
    assertEquals("(tensor([[1., 1., 1.],\n        [1., 1., 1.]], dtype=torch.float64,"
        + " requires_grad=True), torch.int16, 2.5, True, None, 's')", back.toString());
  }

  @Test
  void orderedDictKeepsOrderAndMetadata() throws IOException {
    OrderedDict<String, Object> od = new OrderedDict<>();
    od.put("z", 1L);
    od.put("a", 2L);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("", Map.of("version", 1L));
    od._metadata(meta);
    save(od, dir.resolve("od"));
    OrderedDict<String, Object> back = load(dir.resolve("od"));
    assertEquals(List.of("z", "a"), new ArrayList<>(back.keySet()));
    assertEquals("{'': {'version': 1}}", String.valueOf(back._metadata()));
    assertEquals("OrderedDict([('z', 1), ('a', 2)])", back.toString());
  }

  @Test
  void unsupportedObjectsAreRefusedWhenSaving() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> save(new Object(), dir.resolve("o")));
    assertTrue(e.getMessage().contains("cannot save an object of type java.lang.Object"));
    assertThrows(IllegalArgumentException.class, () -> save(Set.of(1L), dir.resolve("set")));
    Map<Object, Object> badKey = Map.of(List.of(1L), 2L);
    e = assertThrows(IllegalArgumentException.class, () -> save(badKey, dir.resolve("k")));
    assertTrue(e.getMessage().contains("map keys must be"));
    List<Object> cyclic = new ArrayList<>();
    cyclic.add(cyclic);
    e = assertThrows(IllegalArgumentException.class, () -> save(cyclic, dir.resolve("c")));
    assertTrue(e.getMessage().contains("contains itself"));
    Object deep = 1L;
    for (int i = 0; i < 1500; i++) {
      deep = List.of(deep);
    }
    Object d = deep;
    e = assertThrows(IllegalArgumentException.class, () -> save(d, dir.resolve("d")));
    assertTrue(e.getMessage().contains("deeper than 1000 levels"));
    e = assertThrows(IllegalArgumentException.class,
        () -> Numpy.save(dir.resolve("b.npy"), ones(2).to(DType.bfloat16)));
    assertEquals("Got unsupported ScalarType BFloat16", e.getMessage());
  }

  @Test
  void nestingAtTheLimitLoads() throws IOException {
    Object deep = "bottom";
    for (int i = 0; i < 999; i++) {
      deep = List.of(deep);
    }
    save(deep, dir.resolve("deep"));
    Object back = load(dir.resolve("deep"));
    for (int i = 0; i < 999; i++) {
      back = ((List<?>) back).get(0);
    }
    assertEquals("bottom", back);
  }

  @Test
  void numpyRoundTripKeepsFortranOrder() throws IOException {
    Tensor f = arange(6.0).reshape(2, 3).T();
    Numpy.save(dir.resolve("f.npy"), f);
    Tensor back = Numpy.load(dir.resolve("f.npy"));
    assertEquals(f.shape(), back.shape());
    assertEquals(List.of(1L, 3L), toList(back.stride()));
    assertEquals(f.toString(), back.toString());
    assertFalse(back.is_contiguous());
  }

  private static List<Long> toList(long[] xs) {
    List<Long> l = new ArrayList<>();
    for (long x : xs) {
      l.add(x);
    }
    return l;
  }

  @Test
  void mapLocationCpuLoadsOtherDevicesAreRefused() throws IOException {
    save(arange(3), dir.resolve("m").toString());
    Tensor t = load(dir.resolve("m").toString(), "cpu");
    assertEquals("tensor([0, 1, 2])", t.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> load(dir.resolve("m").toString(), "cuda:0"));
    assertTrue(e.getMessage().startsWith("Attempting to deserialize object on a CUDA device"));
  }

  @Test
  void garbageStreamsFailCleanly() {
    assertThrows(IOException.class, () -> load(new ByteArrayInputStream(new byte[0])));
    assertInstanceOf(
        dev.torchnd.serialization.UnpicklingError.class,
        assertThrows(IOException.class,
            () -> load(new ByteArrayInputStream(new byte[] {(byte) 0x80, 2, 'c'}))));
  }
}
