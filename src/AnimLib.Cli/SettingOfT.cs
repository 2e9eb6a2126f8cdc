using System.Globalization;

namespace AnimLib.Cli;

/// <summary>A render setting whose value is a <typeparamref name="T"/> (see <see cref="Setting"/>).</summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
public sealed class Setting<T> : Setting
{
    /// <summary>Parses a setting's text; false when it is not a valid value.</summary>
    public delegate bool Parser(string text, out T value);

    private readonly Parser _parse;
    private readonly Func<string, string> _invalid;
    private readonly Func<RenderSettings, T> _get;
    private readonly Func<RenderSettings, T, RenderSettings> _set;

    /// <summary>Defines a setting.</summary>
    /// <param name="key">Key in <c>animlib.json</c>.</param>
    /// <param name="flag">Command-line flag.</param>
    /// <param name="alias">Short alias, or null.</param>
    /// <param name="description">Help text.</param>
    /// <param name="parse">Parses (and range-checks) the text.</param>
    /// <param name="invalid">The message for text <paramref name="parse"/> refuses: what is accepted, and what was given.</param>
    /// <param name="get">Reads the setting's property of <see cref="RenderSettings"/>.</param>
    /// <param name="set">Returns a copy of <see cref="RenderSettings"/> with the property set.</param>
    internal Setting(string key, string flag, string? alias, string description, Parser parse, Func<string, string> invalid,
        Func<RenderSettings, T> get, Func<RenderSettings, T, RenderSettings> set)
        : base(key, flag, alias, description)
    {
        _parse = parse;
        _invalid = invalid;
        _get = get;
        _set = set;
    }

    /// <summary>The value when no layer sets it (unless <see cref="DefaultFrom"/> is given).</summary>
    public T Default { get; init; } = default!;

    /// <summary>When given, the value when no layer sets it is taken from the other settings (the frame rate from the quality preset).</summary>
    public Func<RenderSettings, T>? DefaultFrom { get; init; }

    /// <summary>Names what <see cref="DefaultFrom"/> reads, as a source in <c>config show</c>.</summary>
    public string DefaultFromName { get; init; } = "";

    /// <summary>Writes a value as text; by default invariant and lower-case for switches.</summary>
    public Func<T, string> Show { get; init; } = value => value switch
    {
        null => "(unset)",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <inheritdoc/>
    public override bool IsSwitch => typeof(T) == typeof(bool);

    /// <inheritdoc/>
    public override string? DefaultText => DefaultFrom is null && Default is not null && !IsSwitch ? Show(Default) : null;

    /// <inheritdoc/>
    internal override string? DerivedSource => DefaultFrom is null ? null : DefaultFromName;

    /// <summary>Parses <paramref name="text"/>; false, with the message that lists what is accepted, when it is not valid.</summary>
    public bool TryParse(string text, out T value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_parse(text.Trim(), out value))
        {
            error = null;
            return true;
        }
        error = _invalid(text);
        return false;
    }

    /// <inheritdoc/>
    public override string ValueText(RenderSettings settings) => Show(_get(settings));

    /// <inheritdoc/>
    internal override bool TryApply(RenderSettings settings, string text, out RenderSettings result, out string error)
    {
        bool ok = TryParse(text, out var value, out var message);
        result = ok ? _set(settings, value) : settings;
        error = message ?? "";
        return ok;
    }

    /// <inheritdoc/>
    internal override RenderSettings ApplyDefault(RenderSettings settings) => _set(settings, DefaultFrom is { } from ? from(settings) : Default);
}
