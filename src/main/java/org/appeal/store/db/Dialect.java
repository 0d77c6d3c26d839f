package org.appeal.store.db;

/** The two kinds of database a workspace can live in. The schema is the same on both. */
public enum Dialect {
    /** A single file on this machine: the default for one person. */
    SQLITE,
    /** A server a team shares. */
    POSTGRESQL
}
