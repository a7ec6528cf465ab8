/**
 * What the D2L book uses beside {@code torch}, under the book's and the libraries' names.
 *
 * <p>Map: {@link dev.torchnd.d2l.D2l} holds {@code d2l/torch.py}'s helpers (plots, {@code
 * synthetic_data}, {@code load_data_fashion_mnist}, {@code train_ch3}, …) with {@link
 * dev.torchnd.d2l.Accumulator}, {@link dev.torchnd.d2l.Timer}, {@link dev.torchnd.d2l.Animator}
 * and {@link dev.torchnd.d2l.DataHub} ({@code DATA_HUB}/{@code download}, falling back to {@link
 * dev.torchnd.d2l.KaggleHouse}, §4.10's stand-in CSVs). Plots: {@link dev.torchnd.d2l.Pyplot}
 * ({@code d2l.plt}) and {@link dev.torchnd.d2l.Axes}, rendered with XChart ({@code ImageGrid}
 * draws {@code show_images}). pandas: {@link dev.torchnd.d2l.DataFrame}, {@link
 * dev.torchnd.d2l.Series}, {@link dev.torchnd.d2l.Pandas} ({@code read_csv}, {@code get_dummies},
 * {@code concat}) and {@link dev.torchnd.d2l.PandasDtype}, with package-private {@code
 * FrameFormat} (pandas' printing), {@code CsvWriter} ({@code to_csv}), {@code Reductions}, {@code
 * Cells} and {@code Slices}. torchvision: {@link dev.torchnd.d2l.FashionMNIST}, {@link
 * dev.torchnd.d2l.Transforms}, {@link dev.torchnd.d2l.GrayImage} (Pillow's resize). Python and
 * NumPy bit for bit: {@link dev.torchnd.d2l.PyRandom} ({@code random}), {@link
 * dev.torchnd.d2l.NpRandom} ({@code np.random}), {@link dev.torchnd.d2l.NumPyFormat} (array
 * printing), {@link dev.torchnd.d2l.PyFormat} (number formatting); {@link dev.torchnd.d2l.Docs}
 * is {@code dir}/{@code help}.
 */
package dev.torchnd.d2l;
