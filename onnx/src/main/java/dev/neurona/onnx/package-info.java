/**
 * ONNX export: a trained {@link dev.neurona.runtime.Model} as an ONNX graph of standard operators
 * (opset {@value dev.neurona.onnx.OnnxExport#OPSET}) that takes the same raw inputs as the model's
 * own predictions, its preprocessing included. {@link dev.neurona.onnx.OnnxExport} is the entry;
 * the protobuf classes come from the ONNX project's {@code onnx.proto}, compiled by protoc.
 * Kept apart from the runtime so that the engine itself carries no protobuf.
 */
@NullMarked
package dev.neurona.onnx;

import org.jspecify.annotations.NullMarked;
