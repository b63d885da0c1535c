/** The HTTP API of official documents under {@code /api/v1/documents} and their staff pages under {@code /staff/documents}. */
package org.motcua.documents.web;
