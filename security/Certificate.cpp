#include "Certificate.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>
#include <sstream>

namespace cop::security {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using CertStack = std::unique_ptr<STACK_OF(X509), Deleter<[](STACK_OF(X509) *s) {
                                      sk_X509_pop_free(s, X509_free);
                                  }>>;

Bio memoryBio(std::string_view text)
{
    return Bio(BIO_new_mem_buf(text.data(), int(text.size())));
}

std::string nameText(const X509_NAME *name)
{
    Bio out(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return std::string(data, size_t(size));
}

std::string nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    std::string text(reinterpret_cast<char *>(utf8), size_t(length));
    OPENSSL_free(utf8);
    return text;
}

int64_t utcSeconds(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return 0;
    return int64_t(timegm(&parts));
}

std::vector<std::string> sanUris(X509 *cert)
{
    std::vector<std::string> uris;
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return uris;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type != GEN_URI)
            continue;
        const ASN1_STRING *uri = name->d.uniformResourceIdentifier;
        uris.emplace_back(reinterpret_cast<const char *>(ASN1_STRING_get0_data(uri)),
                          size_t(ASN1_STRING_length(uri)));
    }
    GENERAL_NAMES_free(names);
    return uris;
}

std::string fingerprint(X509 *cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(cert, EVP_sha256(), digest, &length);
    std::string hex;
    char byte[3];
    for (unsigned int i = 0; i < length; ++i) {
        std::snprintf(byte, sizeof byte, "%02x", digest[i]);
        hex += byte;
    }
    return hex;
}

} // namespace

std::optional<CertificateInfo> readCertificate(std::string_view pem, std::string *error)
{
    Bio in = memoryBio(pem);
    Cert cert(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        ERR_clear_error();
        *error = "no PEM certificate";
        return std::nullopt;
    }
    CertificateInfo info;
    const X509_NAME *subject = X509_get_subject_name(cert.get());
    info.subject = nameText(subject);
    info.commonName = nameEntry(subject, NID_commonName);
    info.organizationalUnit = nameEntry(subject, NID_organizationalUnitName);
    info.uris = sanUris(cert.get());
    info.sha256 = fingerprint(cert.get());
    info.notBeforeUtcS = utcSeconds(X509_get0_notBefore(cert.get()));
    info.notAfterUtcS = utcSeconds(X509_get0_notAfter(cert.get()));
    return info;
}

std::optional<std::string> readFile(const std::string &path, std::string *error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = "cannot read " + path;
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string verifyChain(std::string_view chainPem, const std::string &caFile, Purpose purpose)
{
    Store store(X509_STORE_new());
    if (X509_STORE_load_file(store.get(), caFile.c_str()) != 1) {
        ERR_clear_error();
        return "cannot read the CA file " + caFile;
    }
    Bio in = memoryBio(chainPem);
    Cert leaf(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
    if (!leaf) {
        ERR_clear_error();
        return "the peer presented no certificate";
    }
    CertStack intermediates(sk_X509_new_null());
    while (X509 *next = PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr))
        sk_X509_push(intermediates.get(), next);
    ERR_clear_error();
    StoreCtx context(X509_STORE_CTX_new());
    X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get());
    X509_STORE_CTX_set_purpose(context.get(), purpose == Purpose::Server ? X509_PURPOSE_SSL_SERVER
                                                                         : X509_PURPOSE_SSL_CLIENT);
    if (X509_verify_cert(context.get()) == 1)
        return {};
    const int code = X509_STORE_CTX_get_error(context.get());
    std::string reason = X509_verify_cert_error_string(code);
    if (code == X509_V_ERR_CERT_HAS_EXPIRED)
        reason += " on " + utcText(utcSeconds(X509_get0_notAfter(leaf.get())));
    if (code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
        || code == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT || code == X509_V_ERR_CERT_SIGNATURE_FAILURE)
        reason += " (not issued by a CA in " + caFile + ")";
    return reason;
}

std::string utcText(int64_t utcS)
{
    const time_t time = time_t(utcS);
    struct tm parts = {};
    gmtime_r(&time, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &parts);
    return text;
}

} // namespace cop::security
