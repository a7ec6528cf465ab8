/**
 * {@code torch.distributions}: {@link dev.torchnd.distributions.Multinomial}, sampling through the
 * bit-exact kernels {@code dev.torchnd.Distributions} exposes from the API's package-private
 * samplers.
 */
package dev.torchnd.distributions;
