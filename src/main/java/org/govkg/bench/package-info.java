/** govkg against its anchors (HanLP, TDB2's bulk loader, a bare Fuseki) in one run: {@code govkg bench}. */
package org.govkg.bench;
