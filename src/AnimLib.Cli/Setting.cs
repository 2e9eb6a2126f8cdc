namespace AnimLib.Cli;

/// <summary>
/// One render setting, defined once: its key in <c>animlib.json</c>, its command-line flag, its help, its default, how
/// its text is parsed and checked, and the property of <see cref="RenderSettings"/> it fills. <see cref="CliSettings.All"/>
/// lists them; <see cref="Setting{T}"/> is the typed form.
/// </summary>
public abstract class Setting
{
    private protected Setting(string key, string flag, string? alias, string description)
    {
        Key = key;
        Flag = flag;
        Alias = alias;
        Description = description;
    }

    /// <summary>Its key in <c>animlib.json</c> (camelCase), also its name in <c>animlib config show</c>.</summary>
    public string Key { get; }

    /// <summary>Its command-line flag, e.g. <c>--quality</c>.</summary>
    public string Flag { get; }

    /// <summary>Short alias, e.g. <c>-q</c>, or null.</summary>
    public string? Alias { get; }

    /// <summary>Help text.</summary>
    public string Description { get; }

    /// <summary>Placeholder shown in help after the flag, e.g. <c>W,H</c>.</summary>
    public string? HelpName { get; init; }

    /// <summary>True for on/off switches (<c>--transparent</c>): the flag takes no value; files say true or false.</summary>
    public abstract bool IsSwitch { get; }

    /// <summary>The default as help shows it; null when there is none to show (unset, or taken from another setting).</summary>
    public abstract string? DefaultText { get; }

    /// <summary>The value this setting has in <paramref name="settings"/>, as <c>animlib config show</c> prints it.</summary>
    public abstract string ValueText(RenderSettings settings);

    /// <summary>Parses <paramref name="text"/> into its property of <paramref name="settings"/>; false, with a message, when it is not a valid value.</summary>
    internal abstract bool TryApply(RenderSettings settings, string text, out RenderSettings result, out string error);

    /// <summary>Puts the default into <paramref name="settings"/>: the fixed one, or the one taken from the other settings.</summary>
    internal abstract RenderSettings ApplyDefault(RenderSettings settings);

    /// <summary>Where a default taken from other settings comes from (<c>config show</c>'s source), or null for a fixed default.</summary>
    internal abstract string? DerivedSource { get; }

    /// <inheritdoc/>
    public override string ToString() => Key;
}
