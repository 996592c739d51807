using System.Globalization;
using System.Text;

namespace GoAdoption.Api.Data.Reading;

/// <summary>
/// SQL text with positional parameters (@p0, @p1…, a form SQLite and PostgreSQL both read) numbered in the order they are added, so two requests that set the
/// same filters build the same text and share one prepared statement.
/// </summary>
public sealed class SqlQuery
{
    private readonly StringBuilder _text = new();
    private readonly List<object> _arguments = [];

    public string Text => _text.ToString();

    public IReadOnlyList<object> Arguments => _arguments;

    public static string ParameterName(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

    public SqlQuery Append(string sql)
    {
        _text.Append(sql);
        return this;
    }

    /// <summary>Appends a parameter holding <paramref name="value"/> and returns its name for the SQL around it.</summary>
    public string Parameter(object value)
    {
        _arguments.Add(value);
        return ParameterName(_arguments.Count - 1);
    }
}
