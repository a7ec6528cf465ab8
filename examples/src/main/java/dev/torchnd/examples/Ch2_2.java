package dev.torchnd.examples;

import static dev.torchnd.Torch.float64;
import static dev.torchnd.d2l.Pandas.get_dummies;
import static dev.torchnd.d2l.Pandas.read_csv;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.DataFrame;
import dev.torchnd.d2l.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * D2L §2.2 Data preprocessing, cell by cell, with {@code dev.torchnd.d2l}'s pandas-like {@link
 * DataFrame}; the Python of each cell is in its comment. The CSV goes to {@code
 * target/data/house_tiny.csv} instead of {@code ../data/}, so the walkthrough never writes
 * outside the build folder. {@code torch.tensor(df.to_numpy(dtype=float))} is one call here,
 * {@code df.to_numpy(float64)}, which returns the tensor.
 */
final class Ch2_2 {
  private Path dataFile;
  private DataFrame data;
  private DataFrame inputs;
  private Series targets;
  private DataFrame dataDropped;

  /** The English edition (d2l-en v1.0): RoofType/Slate, get_dummies before fillna. */
  void en(Notebook nb) {
    nb.cell(() -> // os.makedirs(...); data_file = ...; with open(...) as f: f.write('''...''')
        write(
            "NumRooms,RoofType,Price\nNA,NA,127500\n2,NA,106000\n4,Slate,178100\nNA,NA,140000"));
    readAndPrint(nb); // import pandas as pd; data = pd.read_csv(data_file); print(data)
    nb.cell(() -> { // inputs, targets = data.iloc[:, 0:2], data.iloc[:, 2]
      inputs = data.iloc(":", "0:2");
      targets = data.iloc(":", 2);
      inputs = get_dummies(inputs, true); // inputs = pd.get_dummies(inputs, dummy_na=True)
      nb.print(inputs); // print(inputs)
    });
    nb.cell(() -> { // inputs = inputs.fillna(inputs.mean()); print(inputs)
      inputs = inputs.fillna(inputs.mean());
      nb.print(inputs);
    });
    toTensors(nb);
    // exercises (EN v1.0): 1. a look at the data set (the Abalone download is left out)
    nb.cell(() -> nb.show(data.dtypes())); // data.dtypes
    nb.cell(() -> nb.show(data.isna().mean())); // data.isna().mean()
    // 2. selecting columns by name
    nb.cell(() -> nb.show(data.get("NumRooms"))); // data['NumRooms']
    nb.cell(() -> nb.show(data.get(List.of("NumRooms", "Price")))); // data[['NumRooms', 'Price']]
    nb.cell(() -> nb.show(data.loc(":", "RoofType"))); // data.loc[:, 'RoofType']
  }

  /** The Chinese edition (d2l-zh; EN v0.17 is the same): Alley/Pave, fillna before get_dummies. */
  void zh(Notebook nb) {
    nb.cell(() -> // f.write('NumRooms,Alley,Price\n'); f.write('NA,Pave,127500\n'); ...
        write("NumRooms,Alley,Price\nNA,Pave,127500\n2,NA,106000\n4,NA,178100\nNA,NA,140000\n"));
    readAndPrint(nb); // import pandas as pd; data = pd.read_csv(data_file); print(data)
    nb.cell(() -> { // inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]
      inputs = data.iloc(":", "0:2");
      targets = data.iloc(":", 2);
      // inputs = inputs.fillna(inputs.mean()): the object column Alley is skipped by mean(),
      // as in pandas 1.5 (which also warns: FutureWarning on numeric_only; not shown here,
      // nor in the transcript). pandas >= 2.0 raises TypeError instead.
      inputs = inputs.fillna(inputs.mean());
      nb.print(inputs); // print(inputs)
    });
    nb.cell(() -> { // inputs = pd.get_dummies(inputs, dummy_na=True); print(inputs)
      inputs = get_dummies(inputs, true);
      nb.print(inputs);
    });
    toTensors(nb);
    // exercises (ZH / EN v0.17): 1. delete the column with the most missing values
    nb.cell(() -> nb.show(data.isnull().sum())); // data.isnull().sum()
    nb.cell(() -> nb.show(data.isnull().sum().idxmax())); // data.isnull().sum().idxmax()
    nb.cell(() -> { // data_dropped = data.drop(columns=data.isnull().sum().idxmax())
      dataDropped = data.drop((String) data.isnull().sum().idxmax());
      nb.print(dataDropped); // print(data_dropped)
    });
    // 2. convert the preprocessed data set to a tensor
    nb.cell(() -> // torch.tensor(data_dropped.fillna(data_dropped.mean()).to_numpy(dtype=float))
        nb.show(dataDropped.fillna(dataDropped.mean()).to_numpy(float64)));
    nb.cell(() -> nb.print(data.dropna())); // print(data.dropna())
  }

  private void write(String csv) throws Exception {
    Path dir = Path.of("target", "data"); // os.makedirs(os.path.join('..', 'data'), exist_ok=True)
    Files.createDirectories(dir);
    dataFile = dir.resolve("house_tiny.csv"); // data_file = os.path.join('..', 'data', ...)
    Files.writeString(dataFile, csv, StandardCharsets.UTF_8);
  }

  private void readAndPrint(Notebook nb) {
    nb.cell(() -> {
      data = read_csv(dataFile);
      nb.print(data);
    });
  }

  private void toTensors(Notebook nb) {
    nb.cell(() -> { // import torch
      Tensor x = inputs.to_numpy(float64); // X = torch.tensor(inputs.to_numpy(dtype=float))
      Tensor y = targets.to_numpy(float64); // y = torch.tensor(targets.to_numpy(dtype=float))
      nb.show(x, y); // X, y
    });
  }
}
