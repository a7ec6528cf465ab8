/**
 * {@code torch.distributions}: {@link dev.torchnd.distributions.Multinomial} and {@link
 * dev.torchnd.distributions.Categorical} (whose {@code sample} is {@code torch.multinomial}), sampling through the
 * bit-exact kernels {@code dev.torchnd.Distributions} exposes from the API's package-private
 * samplers.
 */
package dev.torchnd.distributions;
