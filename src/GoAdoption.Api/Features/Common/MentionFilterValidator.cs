namespace GoAdoption.Api.Features.Common;

public sealed class MentionFilterValidator : ListQueryValidator<MentionFilter>;
