/** Scores a built graph against gold annotations, by the matching rules of the gold SCHEMA (as the reference scorer). */
package org.govkg.eval;
