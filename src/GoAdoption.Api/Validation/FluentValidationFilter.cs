using FluentValidation;
using GoAdoption.Api.Features.Exports;
using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GoAdoption.Api.Validation;

/// <summary>
/// Validates every action argument that has a registered validator and answers 400 with the failures keyed by
/// field name, the same shape as model-binding errors. Text with a NUL character is refused first, wherever it comes
/// from: no stored text holds one (documents that do are refused as binary), and PostgreSQL cannot take one as a value.
/// </summary>
internal sealed class FluentValidationFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        foreach (var field in FieldsWithNul(context))
            context.ModelState.AddModelError(field, $"'{field}' must not contain a NUL character.");
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null)
                continue;
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
                continue;
            var validation = new ValidationContext<object>(argument);
            if (context.ActionDescriptor.EndpointMetadata.OfType<IgnoresPagingAttribute>().Any())
                validation.RootContextData[ListQueryValidation.IgnorePaging] = true;
            var result = await validator.ValidateAsync(validation, context.HttpContext.RequestAborted);
            foreach (var failure in result.Errors)
                context.ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);
        }

        if (!context.ModelState.IsValid)
        {
            var factory = services.GetRequiredService<ProblemDetailsFactory>();
            var problem = factory.CreateValidationProblemDetails(context.HttpContext, context.ModelState, StatusCodes.Status400BadRequest);
            context.Result = new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
            return;
        }

        await next();
    }

    private static IEnumerable<string> FieldsWithNul(ActionExecutingContext context)
    {
        foreach (var (key, values) in context.HttpContext.Request.Query)
        {
            if (values.Any(HasNul))
                yield return key;
        }
        foreach (var (key, value) in context.RouteData.Values)
        {
            if (value is string text && HasNul(text))
                yield return key;
        }
        // A JSON body's text fields, one level down (the request bodies are flat records). Arguments bound from the query
        // or the route were checked above, so list requests pay for no reflection here.
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (parameter.BindingInfo?.BindingSource != BindingSource.Body
                || !context.ActionArguments.TryGetValue(parameter.Name, out var argument) || argument is null or string)
                continue;
            foreach (var property in argument.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0)
                    continue;
                var value = property.GetValue(argument);
                if (value is string text ? HasNul(text) : value is IEnumerable<string> texts && texts.Any(HasNul))
                    yield return System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            }
        }
    }

    private static bool HasNul(string? text) => text?.Contains('\0', StringComparison.Ordinal) == true;
}
