package dev.torchnd.examples;

import static dev.torchnd.Torch.ones;

import dev.torchnd.Torch;
import dev.torchnd.d2l.Docs;

/**
 * D2L §2.7 Documentation, cell by cell (EN and ZH run the same calls); the Python of each cell is
 * in its comment. Java has no {@code dir()} or {@code help()}: {@link Docs} lists a class's
 * public static members or a package's public classes, and prints each overload of a method
 * with its javadoc summary. The output differs from Python's by nature (Java has no modules,
 * dunder names or docstrings, and overloads replace keyword arguments): those two cells are
 * listed in {@code WalkthroughConformanceTest.LANGUAGE_CELLS} with the Java output.
 */
final class Ch2_7 {
  void run(Notebook nb) {
    nb.cell(() -> {}); // import torch
    // print(dir(torch.distributions)): Python lists 119 names (classes, submodules, dunders);
    // TorchND's distributions package has two public classes
    nb.cell(() -> nb.print(Docs.dir("dev.torchnd.distributions")));
    // help(torch.ones): Python prints the docstring; Java, each overload and its javadoc summary
    nb.cell(() -> nb.print(Docs.help(Torch.class, "ones")));
    nb.cell(() -> nb.show(ones(4))); // torch.ones(4)
    // exercise: look up functions by name, [name for name in dir(torch) if name.startswith(...)]
    nb.cell(() -> nb.show(Docs.dir(Torch.class).stream().filter(n -> n.startsWith("ones")).toList()));
    nb.cell(() -> nb.show(Docs.dir(Torch.class).stream().filter(n -> n.startsWith("zeros")).toList()));
  }
}
