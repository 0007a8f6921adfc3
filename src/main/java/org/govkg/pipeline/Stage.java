package org.govkg.pipeline;

/**
 * What a build or an extraction is doing, for progress: the stages in the order a build passes them. While documents
 * flow the stage is {@link #EXTRACTING}, and {@link #WRITING} while a batch is written; what follows the last document
 * ({@link #LINKS}, {@link #VOID}, {@link #COMPACTING}) runs over the whole store and is named so the wait is explained.
 */
public enum Stage {
    /** Loading the rules, HanLP's dictionaries and the gazetteer. */
    STARTING("starting"),
    /** Writing the ontology and gazetteer graphs into a store that lacks them or holds an older version. */
    PREPARING("preparing the store"),
    /** Listing the inputs. */
    READING("reading"),
    /** Documents are read and extracted on the workers. */
    EXTRACTING("extracting"),
    /** A batch of extracted documents is written in one transaction. */
    WRITING("writing"),
    /** gkr:graph/links over the stored documents. */
    LINKS("links"),
    /** The VoID description of the store. */
    VOID("VoID"),
    /** Compacting the store's files. */
    COMPACTING("compacting"),
    /** Finished. */
    DONE("done");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The word a progress line shows. */
    public String label() {
        return label;
    }
}
