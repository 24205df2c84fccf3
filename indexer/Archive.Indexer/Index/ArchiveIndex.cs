using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Archive.Index;

/// <summary>
/// The index file: one SQLite database in WAL mode, so readers keep answering while a writer
/// works. Opening checks the stored schema version.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    public const string DefaultPath = "data/archive.db";

    private ArchiveIndex(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public SqliteConnection Connection { get; }

    /// <summary>
    /// A read-only index reads inside one deferred transaction, so that every statement of a
    /// search (the hits, then each hit's text) sees the same snapshot while a writer commits.
    /// </summary>
    private SqliteTransaction? _snapshot;

    public string Path { get; }

    public static ArchiveIndex Open(string path, bool readOnly = false)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (readOnly && !File.Exists(full))
        {
            throw new IndexException($"no index at {path}: run ./archive index FOLDER first");
        }
        if (!readOnly)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 30000;");
            if (!readOnly)
            {
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 16384;");
            }
            Execute(connection, "PRAGMA foreign_keys = ON;");
            var index = new ArchiveIndex(connection, full);
            index.EnsureSchema(readOnly);
            if (readOnly)
            {
                index._snapshot = connection.BeginTransaction(deferred: true);
            }
            return index;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new IndexException($"cannot open the index {path}: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void EnsureSchema(bool readOnly)
    {
        var hasMeta = Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") is long n && n > 0;
        if (!hasMeta)
        {
            var tables = Scalar("SELECT count(*) FROM sqlite_master") is long t ? t : 0;
            if (tables > 0)
            {
                throw new IndexException($"{Path} is a SQLite file but not an Archive index");
            }
            if (readOnly)
            {
                throw new IndexException($"{Path} is empty: run ./archive index FOLDER first");
            }
            using var transaction = Connection.BeginTransaction();
            Execute(Connection, IndexSchema.Create, transaction);
            using var insert = Connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO meta (key, value) VALUES ('schema_version', $v)";
            insert.Parameters.AddWithValue("$v", IndexSchema.Version.ToString(CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
            transaction.Commit();
            return;
        }
        var version = Scalar("SELECT value FROM meta WHERE key = 'schema_version'") as string;
        if (version != IndexSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new IndexException($"{Path} has index schema version {version ?? "none"}, this program reads version {IndexSchema.Version}: delete the file and run ./archive index again")
            {
                OtherVersion = true,
            };
        }
    }

    /// <summary>A command on this index, inside the read snapshot when the index is read-only.</summary>
    public SqliteCommand CreateCommand()
    {
        var command = Connection.CreateCommand();
        command.Transaction = _snapshot;
        return command;
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command.ExecuteScalar();
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _snapshot?.Dispose();
        Connection.Dispose();
    }
}
