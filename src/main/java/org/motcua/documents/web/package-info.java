/** The HTTP API of official documents under {@code /api/v1/documents}. */
package org.motcua.documents.web;
