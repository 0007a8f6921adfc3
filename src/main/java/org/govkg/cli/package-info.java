/** The command line (picocli): build, serve, query, export, validate, eval, demo. */
package org.govkg.cli;
