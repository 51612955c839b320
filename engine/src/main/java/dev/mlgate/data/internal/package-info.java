/**
 * The implementation behind {@code dev.mlgate.data}: strict decoding, the CSV tokenizer, the JSON Lines
 * reader, value parsers and column collectors. Not an API: anything here may change.
 */
package dev.mlgate.data.internal;
