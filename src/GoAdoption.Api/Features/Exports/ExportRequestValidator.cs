using FluentValidation;
using GoAdoption.Api.Infrastructure;

namespace GoAdoption.Api.Features.Exports;

public sealed class ExportRequestValidator : AbstractValidator<ExportRequest>
{
    public ExportRequestValidator() =>
        RuleFor(r => r.Format)
            .Must(f => f is null || WireNames<ExportFormat>.Parse(f) is not null)
            .WithMessage($"'format' must be one of {WireNames<ExportFormat>.Listed}.");
}
