// JShell start-up for TorchND: the torch namespace, typed indexing and the D2L helpers in scope.
import dev.torchnd.*;
import static dev.torchnd.Torch.*;
import static dev.torchnd.Index.*;
import dev.torchnd.d2l.*;
import dev.torchnd.nd4j.Nd4jInterop;
System.out.println("TorchND: try  arange(12).reshape(3, 4)  or  Docs.help(Torch.class, \"ones\")");
