/** Fixtures of the Spark job's architecture rules (SparkArchitectureTest): test classes the rules on the job never import. */
package org.govkg.spark.archfixtures;
