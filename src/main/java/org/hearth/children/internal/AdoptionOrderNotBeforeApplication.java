package org.hearth.children.internal;

import java.util.EnumSet;

import org.hearth.children.JourneyEventType;

/**
 * The adoption order cannot be before the application for it (ACA 2002 s46: an order is made on
 * an application).
 */
public final class AdoptionOrderNotBeforeApplication extends NotBeforeRule {

    public AdoptionOrderNotBeforeApplication() {
        super(JourneyEventType.ADOPTION_ORDER, EnumSet.of(JourneyEventType.ADOPTION_ORDER_APPLICATION), PLACEMENT_ATTEMPT);
    }
}
