/**
 * {@code nn data list} and {@code nn data get}: the catalogue of well-known data sets ({@code
 * DatasetCatalog}) and their download over HTTP ({@code HttpDownload}, {@code DatasetDownloader})
 * with progress, timeouts, mirrors and SHA-256 checks, each failure explained in one line ({@code
 * NetworkErrors}, {@code DiskErrors}).
 */
@NullMarked
package dev.neurona.cli.data;

import org.jspecify.annotations.NullMarked;
