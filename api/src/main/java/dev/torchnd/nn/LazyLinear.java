package dev.torchnd.nn;

import dev.torchnd.Tensor;

/**
 * A {@link Linear} whose {@code in_features} is taken from the first input: until then its
 * parameters are {@link UninitializedParameter}s and it prints as {@code LazyLinear(in_features=0,
 * …)}; the first call materialises and initialises them (drawing the random numbers then, as
 * PyTorch does) and from then on it prints as {@code Linear}. PyTorch: {@code torch.nn.LazyLinear}.
 */
public class LazyLinear extends Linear {
  /** Set by the first call, when PyTorch turns the module's class into Linear. */
  private boolean converted;

  /** PyTorch: {@code nn.LazyLinear(out_features)}. */
  public LazyLinear(long outFeatures) {
    this(outFeatures, true);
  }

  /** PyTorch: {@code nn.LazyLinear(out_features, bias)}. */
  public LazyLinear(long outFeatures, boolean bias) {
    super(outFeatures, new UninitializedParameter(), bias ? new UninitializedParameter() : null);
  }

  /** Whether a parameter still waits for the first input. PyTorch: {@code has_uninitialized_params()}. */
  public boolean has_uninitialized_params() {
    for (Parameter p : parameters(false)) {
      if (p instanceof UninitializedParameter u && !u.is_materialized()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset_parameters() {
    if (!has_uninitialized_params() && inFeatures != 0) {
      super.reset_parameters();
    }
  }

  @Override
  public Tensor forward(Tensor input) {
    if (has_uninitialized_params()) {
      inFeatures = input.size(-1);
      ((UninitializedParameter) weight()).materialize(outFeatures, inFeatures);
      if (bias() != null) {
        ((UninitializedParameter) bias()).materialize(outFeatures);
      }
      reset_parameters();
    }
    // Parameters loaded by load_state_dict keep in_features 0, as in PyTorch.
    converted = true;
    return super.forward(input);
  }

  @Override
  public String _get_name() {
    return converted ? "Linear" : "LazyLinear";
  }
}
