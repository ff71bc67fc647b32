// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/mockllm/responses.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace Tollgate::MockLlm {

namespace {

void appendTokenText(QByteArray &out, qint64 index)
{
    if (index > 0)
        out += ' ';
    out += "tok";
    appendInt(out, index);
}

void appendUsageObject(QByteArray &out, const Generation &g)
{
    out += "{\"prompt_tokens\":";
    appendInt(out, g.promptTokens);
    out += ",\"completion_tokens\":";
    appendInt(out, g.completionTokens);
    out += ",\"total_tokens\":";
    appendInt(out, g.promptTokens + g.completionTokens);
    out += ",\"prompt_tokens_details\":{\"cached_tokens\":0}";
    if (g.kind == Generation::Kind::Chat)
        out += ",\"completion_tokens_details\":{\"reasoning_tokens\":0}";
    out += '}';
}

const char *finishReason(const Generation &g)
{
    return g.capped ? "\"length\"" : "\"stop\"";
}

/// A value in [-1, 1) from 53 bits of @p x.
double unitValue(quint64 x)
{
    return double(x >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

} // namespace

void appendInt(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, r.ptr - buffer);
}

void appendEscaped(QByteArray &out, QByteArrayView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (const char ch : text) {
        const auto c = uchar(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += ch;
        }
    }
}

QByteArray completionBody(const Generation &g)
{
    const bool chat = g.kind == Generation::Kind::Chat;
    QByteArray out;
    out.reserve(400 + g.model.size() + g.completionTokens * 8);
    out += "{\"id\":\"";
    out += g.id;
    out += chat ? "\",\"object\":\"chat.completion\",\"created\":" : "\",\"object\":\"text_completion\",\"created\":";
    appendInt(out, g.created);
    out += ",\"model\":\"";
    out += g.model;
    out += "\",\"system_fingerprint\":\"fp_mockllm\",\"choices\":[{\"index\":0,";
    out += chat ? "\"message\":{\"role\":\"assistant\",\"content\":\"" : "\"text\":\"";
    for (qint64 i = 0; i < g.completionTokens; ++i)
        appendTokenText(out, i);
    out += chat ? "\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":" : "\",\"logprobs\":null,\"finish_reason\":";
    out += finishReason(g);
    out += "}],\"usage\":";
    appendUsageObject(out, g);
    out += '}';
    return out;
}

ChunkWriter::ChunkWriter(const Generation &g)
    : m_g(g)
{
    m_head.reserve(160 + g.model.size());
    m_head += "data: {\"id\":\"";
    m_head += g.id;
    m_head += g.kind == Generation::Kind::Chat ? "\",\"object\":\"chat.completion.chunk\",\"created\":"
                                                : "\",\"object\":\"text_completion\",\"created\":";
    appendInt(m_head, g.created);
    m_head += ",\"model\":\"";
    m_head += g.model;
    m_head += "\",\"system_fingerprint\":\"fp_mockllm\",\"choices\":[";
}

void ChunkWriter::close(QByteArray &out) const
{
    // OpenAI sends "usage": null on every other chunk only when the usage chunk was asked for.
    out += m_g.includeUsage ? "],\"usage\":null}\n\n" : "]}\n\n";
}

void ChunkWriter::role(QByteArray &out) const
{
    out += m_head;
    out += "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}";
    close(out);
}

void ChunkWriter::token(QByteArray &out, qint64 index, bool malformed) const
{
    const qsizetype start = out.size();
    out += m_head;
    out += m_g.kind == Generation::Kind::Chat ? "{\"index\":0,\"delta\":{\"content\":\"" : "{\"index\":0,\"text\":\"";
    appendTokenText(out, index);
    out += m_g.kind == Generation::Kind::Chat ? "\"},\"logprobs\":null,\"finish_reason\":null}"
                                               : "\",\"logprobs\":null,\"finish_reason\":null}";
    close(out);
    if (malformed) {
        // Keep "data: " and half of the JSON, so the line is an SSE event whose payload is broken.
        const qsizetype length = out.size() - start;
        out.truncate(start + 6 + (length - 6) / 2);
        out += "\n\n";
    }
}

void ChunkWriter::finish(QByteArray &out) const
{
    out += m_head;
    out += m_g.kind == Generation::Kind::Chat ? "{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":"
                                               : "{\"index\":0,\"text\":\"\",\"logprobs\":null,\"finish_reason\":";
    out += finishReason(m_g);
    out += '}';
    close(out);
}

void ChunkWriter::usage(QByteArray &out) const
{
    out += m_head;
    out += "],\"usage\":";
    appendUsageObject(out, m_g);
    out += "}\n\n";
}

void ChunkWriter::done(QByteArray &out)
{
    out += "data: [DONE]\n\n";
}

QByteArray embeddingsBody(QByteArrayView model, const QVarLengthArray<ScannedText, 4> &texts, int dim,
                          bool base64)
{
    QByteArray out;
    out.reserve(200 + texts.size() * (base64 ? dim * 6 : dim * 14));
    out += "{\"object\":\"list\",\"data\":[";
    std::vector<float> values(size_t(dim), 0.0f);
    qint64 tokens = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        tokens += texts[i].tokens;
        double norm = 0;
        for (int j = 0; j < dim; ++j) {
            const double v = unitValue(splitMix64(texts[i].hash + quint64(j) * 0x9e3779b97f4a7c15ULL));
            values[size_t(j)] = float(v);
            norm += v * v;
        }
        const double scale = norm > 0 ? 1.0 / std::sqrt(norm) : 0.0;
        for (float &v : values)
            v = float(v * scale);
        if (i > 0)
            out += ',';
        out += "{\"object\":\"embedding\",\"index\":";
        appendInt(out, i);
        out += ",\"embedding\":";
        if (base64) {
            // Little-endian float32, which is what the OpenAI SDKs decode (x86 and ARM are LE).
            out += '"';
            out += QByteArray::fromRawData(reinterpret_cast<const char *>(values.data()),
                                           qsizetype(values.size() * sizeof(float)))
                       .toBase64();
            out += '"';
        } else {
            out += '[';
            for (int j = 0; j < dim; ++j) {
                if (j > 0)
                    out += ',';
                char buffer[32];
                const auto r = std::to_chars(buffer, buffer + sizeof buffer, values[size_t(j)]);
                out.append(buffer, r.ptr - buffer);
            }
            out += ']';
        }
        out += '}';
    }
    out += "],\"model\":\"";
    out += model;
    out += "\",\"usage\":{\"prompt_tokens\":";
    appendInt(out, tokens);
    out += ",\"total_tokens\":";
    appendInt(out, tokens);
    out += "}}";
    return out;
}

QByteArray modelsBody(const QList<QByteArray> &models, qint64 created, int maxModelLen)
{
    QByteArray out = "{\"object\":\"list\",\"data\":[";
    for (qsizetype i = 0; i < models.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"id\":\"";
        appendEscaped(out, models[i]);
        out += "\",\"object\":\"model\",\"created\":";
        appendInt(out, created);
        out += ",\"owned_by\":\"mockllm\",\"root\":\"";
        appendEscaped(out, models[i]);
        out += "\",\"parent\":null,\"max_model_len\":";
        appendInt(out, maxModelLen);
        out += '}';
    }
    out += "]}";
    return out;
}

QByteArray tokenizeBody(qint64 count, quint64 hash, int maxModelLen)
{
    QByteArray out;
    out.reserve(64 + count * 7);
    out += "{\"count\":";
    appendInt(out, count);
    out += ",\"max_model_len\":";
    appendInt(out, maxModelLen);
    out += ",\"tokens\":[";
    for (qint64 i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        appendInt(out, qint64(100 + splitMix64(hash + quint64(i)) % 32000));
    }
    out += "]}";
    return out;
}

} // namespace Tollgate::MockLlm
