package org.hearth.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist, or the user may not know that it does: both answer 404, so that a
 * borough's staff cannot tell whether another borough's child exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String what) {
		super(what + " not found");
	}
}
