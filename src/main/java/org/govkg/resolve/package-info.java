/** One identity per real-world thing: mentions in, entities with stable keys (the IRI paths) out. */
package org.govkg.resolve;
