using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Reads numbers in the query and route as the OpenAPI document writes them: digits with an optional sign (and for
/// floating point a decimal point and exponent), in the invariant culture. MVC's default binder goes through type
/// converters, which also take hexadecimal ("0x10" as 16) and the server culture's group separators ("-9,0").
/// </summary>
public sealed class InvariantNumberBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return context.BindingInfo.BindingSource is { } source && source != BindingSource.Query && source != BindingSource.Path
            ? null
            : type == typeof(int) || type == typeof(long) || type == typeof(ulong) || type == typeof(double) ? new InvariantNumberBinder(type) : null;
    }
}

internal sealed class InvariantNumberBinder(Type type) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrEmpty(text))
        {
            return Task.CompletedTask;
        }

        object? parsed = Type.GetTypeCode(type) switch
        {
            TypeCode.Int32 when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
            TypeCode.Int64 when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            TypeCode.UInt64 when ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var u) => u,
            TypeCode.Double when double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
            _ => null,
        };
        if (parsed is null)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.Name ?? bindingContext.ModelName));
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(parsed);
        return Task.CompletedTask;
    }
}
