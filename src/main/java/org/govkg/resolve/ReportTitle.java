package org.govkg.resolve;

/** A report or decision a document names (工作报告, 决定): the key of the official document and its title as written. */
public record ReportTitle(String key, String title) {}
