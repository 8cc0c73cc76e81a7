package org.hearth.adopters.internal;

import org.hearth.adopters.JourneyRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(JourneyRules.class)
class AdoptersConfiguration {
}
