package dev.torchnd.examples;

import java.util.ArrayList;
import java.util.List;

/** The sections of chapters 3 to 5 (Chinese edition 2.0) in book order. */
final class Chapter3 {
  private Chapter3() {}

  private static final String STANDIN =
      " Fashion-MNIST: without the real files in ../data/FashionMNIST/raw (and no network), both"
          + " the recorder and Java read a deterministic stand-in of 6000 training and 1000 test"
          + " images in the same IDX format.";

  private static final String KAGGLE =
      " Kaggle house prices: without the competition's files in ../data (and no network), both the"
          + " recorder and Java read a deterministic stand-in of 500 training and 499 test rows with"
          + " the competition's 81/80 columns (KaggleHouse).";

  static List<Walkthrough.Section> sections(String seeded) {
    List<Walkthrough.Section> s = new ArrayList<>();
    s.add(new Walkthrough.Section("ch3_1_zh", "3.1 线性回归 (ZH)", 3, true, seeded,
        nb -> new Ch3_1().zh(nb)));
    s.add(new Walkthrough.Section("ch3_2_zh", "3.2 线性回归的从零开始实现 (ZH)", 3, true, seeded,
        nb -> new Ch3_2().zh(nb)));
    s.add(new Walkthrough.Section("ch3_3_zh", "3.3 线性回归的简洁实现 (ZH)", 3, true, seeded,
        nb -> new Ch3_3().zh(nb)));
    s.add(new Walkthrough.Section("ch3_5_zh", "3.5 图像分类数据集 (ZH)", 3, true, seeded + STANDIN,
        nb -> new Ch3_5().zh(nb)));
    s.add(new Walkthrough.Section("ch3_6_zh", "3.6 softmax回归的从零开始实现 (ZH)", 3, true,
        seeded + STANDIN, nb -> new Ch3_6().zh(nb)));
    s.add(new Walkthrough.Section("ch3_7_zh", "3.7 softmax回归的简洁实现 (ZH)", 3, true,
        seeded + STANDIN, nb -> new Ch3_7().zh(nb)));
    s.add(new Walkthrough.Section("ch4_1_zh", "4.1 多层感知机 (ZH)", 4, true, seeded,
        nb -> new Ch4_1().zh(nb)));
    s.add(new Walkthrough.Section("ch4_2_zh", "4.2 多层感知机的从零开始实现 (ZH)", 4, true,
        seeded + STANDIN, nb -> new Ch4_2().zh(nb)));
    s.add(new Walkthrough.Section("ch4_3_zh", "4.3 多层感知机的简洁实现 (ZH)", 4, true,
        seeded + STANDIN, nb -> new Ch4_3().zh(nb)));
    s.add(new Walkthrough.Section("ch4_4_zh", "4.4 模型选择、欠拟合和过拟合 (ZH)", 4, true, seeded,
        nb -> new Ch4_4().zh(nb)));
    s.add(new Walkthrough.Section("ch4_5_zh", "4.5 权重衰减 (ZH)", 4, true, seeded,
        nb -> new Ch4_5().zh(nb)));
    s.add(new Walkthrough.Section("ch4_6_zh", "4.6 暂退法（Dropout） (ZH)", 4, true,
        seeded + STANDIN, nb -> new Ch4_6().zh(nb)));
    s.add(new Walkthrough.Section("ch4_8_zh", "4.8 数值稳定性和模型初始化 (ZH)", 4, true, seeded,
        nb -> new Ch4_8().zh(nb)));
    s.add(new Walkthrough.Section("ch4_10_zh", "4.10 实战Kaggle比赛：预测房价 (ZH)", 4, true, seeded + KAGGLE, nb -> new Ch4_10().zh(nb)));
    s.add(new Walkthrough.Section("ch5_1_zh", "5.1 层和块 (ZH)", 5, true, seeded,
        nb -> new Ch5_1().zh(nb)));
    s.add(new Walkthrough.Section("ch5_2_zh", "5.2 参数管理 (ZH)", 5, true, seeded,
        nb -> new Ch5_2().zh(nb)));
    s.add(new Walkthrough.Section("ch5_3_en",
        "5.3 延后初始化 (deferred initialization; PyTorch cells of the EN edition's §6.4)", 5, true,
        seeded + " The Chinese edition 2.0 has no PyTorch code in this section (MXNet and"
            + " TensorFlow tabs only): these are the PyTorch cells of the English edition's §6.4"
            + " Lazy Initialization (d2l-en 1.0.3), then the code exercises.",
        nb -> new Ch5_3().run(nb)));
    s.add(new Walkthrough.Section("ch5_4_zh", "5.4 自定义层 (ZH)", 5, true, seeded,
        nb -> new Ch5_4().zh(nb)));
    s.add(new Walkthrough.Section("ch5_5_zh", "5.5 读写文件 (ZH)", 5, true, seeded,
        nb -> new Ch5_5().zh(nb)));
    s.add(new Walkthrough.Section("ch5_6_zh", "5.6 GPU (ZH; recorded without CUDA)", 5, true, seeded,
        nb -> new Ch5_6().zh(nb)));
    return s;
  }
}
