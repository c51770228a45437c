package org.readout.extract.event;

/** How an interaction is said to have taken place. */
public enum Channel { IN_PERSON, PHONE, VIDEO }
