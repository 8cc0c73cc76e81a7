package org.hearth.access;

/** Where a role belongs: to an agency, to one borough, to the hub, or to no organisation. */
public enum Affiliation {
	AGENCY, BOROUGH, HUB, NONE
}
