// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/mockllm/requestscan.h"

#include <QByteArray>
#include <QList>

namespace Tollgate::MockLlm {

/// One generated answer: everything its bodies and chunks are built from.
struct Generation
{
    enum class Kind { Chat, Completion };
    Kind kind = Kind::Chat;
    QByteArray id;        ///< "chatcmpl-…" / "cmpl-…"
    qint64 created = 0;
    QByteArray model;     ///< JSON-escaped, echoed as received
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool capped = false;  ///< max_tokens cut the answer short: finish_reason "length"
    bool includeUsage = false;
};

/// Appends a decimal integer without a temporary QByteArray.
void appendInt(QByteArray &out, qint64 value);
/// Appends @p text as a JSON string body (no quotes), escaping what JSON requires.
void appendEscaped(QByteArray &out, QByteArrayView text);

/// The non-streaming chat.completion / text_completion body.
QByteArray completionBody(const Generation &g);

/// Builds the SSE events of a streamed generation; the constant head of every chunk is made once.
class ChunkWriter final
{
public:
    explicit ChunkWriter(const Generation &g);

    void role(QByteArray &out) const;                        ///< chat only: delta role assistant
    void token(QByteArray &out, qint64 index, bool malformed = false) const;
    void finish(QByteArray &out) const;                      ///< the chunk with finish_reason
    void usage(QByteArray &out) const;                       ///< "choices": [] with usage
    static void done(QByteArray &out);                       ///< data: [DONE]

private:
    void close(QByteArray &out) const; ///< what ends every chunk but the usage chunk

    const Generation &m_g;
    QByteArray m_head; ///< data: {"id":…,"object":…,"created":…,"model":…,"choices":[
};

/// Embeddings for each text: unit vectors of @p dim values derived from the text's hash.
QByteArray embeddingsBody(QByteArrayView model, const QVarLengthArray<ScannedText, 4> &texts, int dim,
                          bool base64);
/// The /v1/models list.
QByteArray modelsBody(const QList<QByteArray> &models, qint64 created, int maxModelLen);
/// The /tokenize answer: count, deterministic ids derived from @p hash, max_model_len.
QByteArray tokenizeBody(qint64 count, quint64 hash, int maxModelLen);

} // namespace Tollgate::MockLlm
