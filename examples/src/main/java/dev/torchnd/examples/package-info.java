/**
 * The D2L walkthrough, the project's main job, and ported PyTorch tutorials.
 *
 * <p>Map: {@link dev.torchnd.examples.Walkthrough} runs every section; chapter 2 is {@link
 * dev.torchnd.examples.D2lChapter2} over {@code Ch2_1} … {@code Ch2_7}, chapters 3-5 {@code
 * Chapter3} over {@code Ch3_*}, {@code Ch4_*}, {@code Ch5_*} (one class per book section, one
 * {@code nb.cell(...)} per notebook cell). {@link dev.torchnd.examples.Notebook} prints each
 * cell's source (found by {@code CellSource} in the example's own {@code .java} file) and its
 * output as Jupyter shows it; {@code WalkthroughPage} writes the HTML pages. {@link
 * dev.torchnd.examples.LearnTheBasics} is PyTorch's "Learn the Basics" tutorial loop.
 */
package dev.torchnd.examples;
