package dev.torchnd.d2l;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code d2l.download}: SHA-1 checked cache, the download message, failures, extraction. */
class DataHubTest {
  @TempDir Path tmp;

  @AfterEach
  void cleanHub() {
    DataHub.DATA_HUB.remove("t_file");
    DataHub.DATA_HUB.remove("t_missing");
    DataHub.DATA_HUB.remove("t_zip");
  }

  private String printed(Runnable r) {
    PrintStream out = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(out);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void downloadsOnceThenUsesTheCacheWhileTheSha1Matches() throws Exception {
    Path src = tmp.resolve("src").resolve("data.csv");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "a,b\n1,2\n");
    String sha = DataHub.sha1Hex(src);
    DataHub.DATA_HUB.put("t_file", new String[] {src.toUri().toString(), sha});
    String cache = tmp.resolve("cache").toString();
    String first = printed(() -> assertEquals(Path.of(cache, "data.csv").toString(), DataHub.download("t_file", cache)));
    assertTrue(first.startsWith("正在从" + src.toUri() + "下载"), first);
    assertEquals("", printed(() -> DataHub.download("t_file", cache)));
    Files.writeString(Path.of(cache, "data.csv"), "corrupt");
    assertTrue(printed(() -> DataHub.download("t_file", cache)).startsWith("正在从"));
    assertEquals("a,b\n1,2\n", Files.readString(Path.of(cache, "data.csv")));
  }

  @Test
  void failureNamesTheFileAndFolder() {
    DataHub.DATA_HUB.put("t_missing", new String[] {tmp.resolve("nope.csv").toUri().toString(), "00"});
    String cache = tmp.resolve("c").toString();
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> printed(() -> DataHub.download("t_missing", cache)));
    assertTrue(e.getMessage().contains("nope.csv") && e.getMessage().contains(tmp.resolve("c").toAbsolutePath().toString()), e.getMessage());
    AssertionError a = assertThrows(AssertionError.class, () -> DataHub.download("no_such"));
    assertTrue(a.getMessage().startsWith("no_such 不存在于 {'kaggle_house_train': ('http://d2l-data"), a.getMessage());
  }

  @Test
  void extractsZip() throws Exception {
    Path zip = tmp.resolve("src").resolve("pack.zip");
    Files.createDirectories(zip.getParent());
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("pack/x.txt"));
      z.write("hi".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    DataHub.DATA_HUB.put("t_zip", new String[] {zip.toUri().toString(), DataHub.sha1Hex(zip)});
    String dir = tmp.resolve("cache2").toString();
    String out = DataHub.download_extract("t_zip", null, dir);
    assertEquals("hi", Files.readString(Path.of(out).resolve("x.txt")));
    assertEquals("hi", Files.readString(Path.of(DataHub.download_extract("t_zip", "pack", dir)).resolve("x.txt")));
  }
}
