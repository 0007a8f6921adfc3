/**
 * Articles of the genre made from templates, with their gold, for benchmarks and scale tests: the same seed
 * always gives the same corpus. Never used to measure accuracy.
 */
package org.govkg.generate;
