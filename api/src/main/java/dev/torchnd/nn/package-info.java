/**
 * {@code torch.nn}: modules, parameters and losses, written over the public {@code Tensor} API
 * the way PyTorch's Python layer is.
 *
 * <p>Map: {@link dev.torchnd.nn.Module} is the base (parameters, buffers and submodules by name,
 * {@code state_dict}, {@code train}/{@code eval}, {@code to}, PyTorch's {@code repr}); {@link
 * dev.torchnd.nn.Parameter} and {@link dev.torchnd.nn.UninitializedParameter} are its tensors;
 * containers are {@link dev.torchnd.nn.Sequential}, {@link dev.torchnd.nn.ModuleList} and {@link
 * dev.torchnd.nn.ModuleDict}. Layers ({@code Linear}, {@code LazyLinear}, {@code Flatten}, {@code
 * Unflatten}, {@code Dropout}, {@code Identity}) and activations ({@code ReLU}, {@code Sigmoid},
 * {@code Tanh}, {@code GELU}, {@code LeakyReLU}, {@code Softmax}, {@code LogSoftmax}) each have
 * one class named as in PyTorch; losses extend {@link dev.torchnd.nn.Loss} ({@code MSELoss},
 * {@code CrossEntropyLoss}, {@code NLLLoss}, {@code BCELoss}, …). Beyond those: activations ({@code
 * ELU} … {@code Hardshrink}, {@code PReLU} with a parameter), normalisation ({@code _NormBase} →
 * {@code _BatchNorm} → {@code BatchNorm1d}/{@code BatchNorm2d}, {@code InstanceNorm2d}, {@code
 * LayerNorm}, {@code GroupNorm}), {@code Embedding}, {@code Bilinear}, the parameter containers
 * {@code ParameterList}/{@code ParameterDict}, and further losses ({@code KLDivLoss}, {@code
 * TripletMarginLoss}, …). The arithmetic they share is in
 * {@code dev.torchnd.nn.functional} ({@code F}); initialisers in {@code dev.torchnd.nn.init}.
 * Convolutions and pooling: {@code Conv1d}, {@code Conv2d}, {@code ConvTranspose1d}, {@code
 * ConvTranspose2d} (the 1-d ones and the transposed share the package-private {@code ConvBase},
 * PyTorch's {@code _ConvNd}), {@code MaxPool1d}/{@code 2d}, {@code AvgPool1d}/{@code 2d}, {@code
 * AdaptiveAvgPool1d}/{@code 2d}, {@code AdaptiveMaxPool2d}, {@code Dropout2d}. Recurrent: {@link dev.torchnd.nn.RNNBase}
 * ({@code RNN}, {@code LSTM}, {@code GRU}; {@code run(input, hx...)} returns {@code (output,
 * state)}) and {@link dev.torchnd.nn.RNNCellBase} ({@code RNNCell}, {@code LSTMCell}, {@code
 * GRUCell}).
 */
package dev.torchnd.nn;
