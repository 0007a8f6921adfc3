/**
 * Fixtures of the architecture rules (org.govkg.ArchitectureTest): each subpackage is the root of a small
 * govkg ({@code ROOT.ingest}, {@code ROOT.extract} …) with classes that one rule must reject and classes it must
 * let pass. Test classes: the rules on govkg's own code never import them.
 */
package org.govkg.archfixtures;
