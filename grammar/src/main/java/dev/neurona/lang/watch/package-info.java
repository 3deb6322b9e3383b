/**
 * The live watch page of {@code nn run --watch}: a small HTTP server on 127.0.0.1 ({@link
 * dev.neurona.lang.watch.WatchServer}, with a {@code RequestGuard} refusing other hosts and
 * origins) that streams a run's events ({@code EventLog}, {@code EventStream}, {@code
 * TrainingFeed}, as {@code Json}) to the page, with pictures of the network's activations taken on
 * a twin of the model ({@code PictureTaker}, {@code NetworkPictures}) so that training is never
 * slowed by them.
 */
@NullMarked
package dev.neurona.lang.watch;

import org.jspecify.annotations.NullMarked;
