package org.hearth.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page shown again because what was typed cannot be saved answers 400, with the GOV.UK error
 * summary and everything the user typed still in the form. A form's errors are in its binding
 * result, or, for a one-field form, in a model attribute whose name ends in "Error" or is "error".
 */
@Configuration
class FormErrorsAnswer400 implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView mav) {
		if (mav == null || response.getStatus() != HttpServletResponse.SC_OK || mav.getViewName() == null
				|| mav.getViewName().startsWith("redirect:")) {
			return;
		}
		boolean rejected = mav.getModel().entrySet().stream().anyMatch(entry ->
				(entry.getValue() instanceof BindingResult result && result.hasErrors())
						|| ((entry.getKey().equals("error") || entry.getKey().endsWith("Error")) && entry.getValue() != null
								&& !request.getMethod().equals("GET")));
		if (rejected) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
	}
}
